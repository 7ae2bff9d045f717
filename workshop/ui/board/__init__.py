"""The board screen: a live canvas of sticky notes in columns and themes.

- `scene.py` draws one board from the programme and follows every change;
- `items.py` notes, themes and columns (they draw and report gestures, never write);
- `commands.py` the undo commands (one per gesture);
- `board_widget.py` typed entry, the board and list views, and every board action;
- `list_model.py` the notes as a table for keyboard and screen-reader users;
- `presentation.py` full-screen, high-contrast projector mode;
- `search.py` searching notes across the programme.
"""
