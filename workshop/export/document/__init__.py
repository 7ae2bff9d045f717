"""Documents of running text, printed and as accessible HTML.

A builder turns the programme into blocks (`model`); `pdf.render_pdf` lays them out on
A4 and `html.render_html` writes the same blocks as one accessible HTML page. The
partner pack (`workshop.export.pack`) and the public "You said, we did" document
(`workshop.export.public_pack`) are both built this way, so a fix to layout, privacy
or accessibility is made once.
"""
