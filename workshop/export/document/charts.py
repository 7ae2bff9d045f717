"""Charts drawn with reportlab graphics: vector, no Qt, readable in black and white.

Bars are labelled with their numbers and told apart by fill *and* outline (a light bar
with a dark outline, a dark solid bar), so the chart never relies on colour alone. A
number hidden for privacy is drawn as a hatched band with its label ("fewer than 5").
A chart of one series has no legend (its title says what it counts), and small counts
are drawn to a scale of at least `SMALLEST_SCALE`, so a count of 1 is a short bar, not
the whole width.
"""

from __future__ import annotations

import re
from html import escape

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from workshop.export.bidi_text import print_line
from workshop.export.document.model import BarChart
from workshop.export.document.styles import HOPED, INK, MUTED, REACHED, RULE
from workshop.export.fonts import ARABIC, SANS, SANS_BOLD, is_right_to_left

FILLS = [HOPED, REACHED, colors.HexColor("#6f9a3c"), colors.HexColor("#c46a1a")]
LABEL_SIZE = 8
BAR = 9
GAP = 2
GROUP_GAP = 9
# The full width of the plot stands for at least this many.
SMALLEST_SCALE = 10


def _fit(text: str, width: float, size: float = LABEL_SIZE) -> tuple[str, str]:
    """Text shortened with an ellipsis to fit `width`, and the font to draw it in."""
    printed, rtl = print_line(text)
    font = ARABIC if rtl else SANS
    if stringWidth(printed, font, size) <= width:
        return printed, font
    while printed and stringWidth(printed + "…", font, size) > width:
        printed = printed[:-1]
    return printed + "…", font


def bar_chart(chart: BarChart, width: float, label_size: float = LABEL_SIZE) -> Drawing:
    """A horizontal grouped bar chart: one row of bars per category, one bar per series;
    labels at `label_size` points, the bars and spacing in proportion."""
    ratio = max(label_size / LABEL_SIZE, 1.0)
    bar, gap, group_gap = BAR * ratio, GAP * ratio, GROUP_GAP * ratio
    title_size = label_size + 2
    n_series = len(chart.series)
    label_width = min(width * 0.36, 62 * 2.83 * ratio)
    value_space = 62.0 * ratio
    plot_width = width - label_width - value_space - 6
    group_height = n_series * (bar + gap) - gap + group_gap
    legend_height = 18 * ratio if n_series > 1 else 0
    title_height = title_size * 1.8
    height = title_height + legend_height + group_height * len(chart.categories) + 6
    drawing = Drawing(width, height)

    values = [v for s in chart.series for v in s.values]
    top = max([chart.hidden_below, *values, SMALLEST_SCALE])
    scale = plot_width / top

    title, title_font = _fit(chart.title, width, title_size)
    drawing.add(
        String(
            0,
            height - title_size * 1.2,
            title,
            fontName=SANS_BOLD if title_font == SANS else title_font,
            fontSize=title_size,
            fillColor=INK,
        )
    )
    # Legend (more than one series): a swatch with the same fill and outline as the
    # bars, then the name.
    x = 0.0
    y = height - title_height - legend_height + 7 * ratio
    for index, series in enumerate(chart.series if n_series > 1 else []):
        drawing.add(
            Rect(
                x,
                y,
                10,
                8,
                fillColor=REACHED if n_series == 1 else FILLS[index % len(FILLS)],
                strokeColor=INK,
                strokeWidth=0.6,
            )
        )
        name, font = _fit(series.name, 180 * ratio, label_size)
        drawing.add(String(x + 14, y + 1, name, fontName=font, fontSize=label_size, fillColor=INK))
        x += 14 + stringWidth(name, font, label_size) + 16

    plot_top = height - title_height - legend_height
    plot_left = label_width + 4
    axis = Group()
    axis.add(
        Line(
            plot_left,
            plot_top,
            plot_left,
            plot_top - group_height * len(chart.categories),
            strokeColor=RULE,
            strokeWidth=0.8,
        )
    )
    drawing.add(axis)
    for row, category in enumerate(chart.categories):
        group_top = plot_top - row * group_height - group_gap / 2
        label, font = _fit(category, label_width - 4, label_size)
        label_y = group_top - (n_series * (bar + gap) - gap) / 2 - label_size / 3
        drawing.add(
            String(
                label_width,
                label_y,
                label,
                fontName=font,
                fontSize=label_size,
                fillColor=INK,
                textAnchor="end",
            )
        )
        for index, series in enumerate(chart.series):
            value = series.values[row]
            hidden = bool(series.hidden and series.hidden[row])
            text = series.labels[row] if series.labels else f"{value:,}"
            bar_y = group_top - (index + 1) * (bar + gap) + gap
            fill = REACHED if n_series == 1 else FILLS[index % len(FILLS)]
            if hidden:
                length = chart.hidden_below * scale
                drawing.add(
                    Rect(
                        plot_left,
                        bar_y,
                        length,
                        bar,
                        fillColor=colors.white,
                        strokeColor=fill,
                        strokeWidth=0.8,
                        strokeDashArray=[2, 1.5],
                    )
                )
                step = 4.0
                hx = plot_left + 2
                while hx < plot_left + length - 1:
                    drawing.add(
                        Line(
                            hx,
                            bar_y + 1,
                            min(hx + 4, plot_left + length - 1),
                            bar_y + bar - 1,
                            strokeColor=fill,
                            strokeWidth=0.6,
                        )
                    )
                    hx += step
            else:
                length = value * scale
                if length > 0:
                    drawing.add(
                        Rect(
                            plot_left,
                            bar_y,
                            length,
                            bar,
                            fillColor=fill,
                            strokeColor=INK,
                            strokeWidth=0.5,
                        )
                    )
            drawing.add(
                String(
                    plot_left + length + 3,
                    bar_y + (bar - label_size) / 2 + 1,
                    text,
                    fontName=SANS,
                    fontSize=label_size,
                    fillColor=MUTED if hidden else INK,
                )
            )
    return drawing


def chart_svg(chart: BarChart, width: float = 480, ids: str = "chart") -> str:
    """The same chart as an SVG string (for the HTML copy), with the chart's title and text
    alternative in its `<title>` and `<desc>`, and every id prefixed with `ids` so several
    charts on one page do not repeat an id."""
    from reportlab.graphics import renderSVG

    svg = renderSVG.drawToString(bar_chart(chart, width))
    start = svg.find("<svg")
    svg = svg[start:] if start >= 0 else svg
    # reportlab writes a literal "..." in both, and the same "clip" and "group" ids each time.
    svg = svg.replace("<title>...</title>", f"<title>{escape(chart.title)}</title>", 1)
    svg = svg.replace("<desc>...</desc>", f"<desc>{escape(chart.alt)}</desc>", 1)
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{ids}-{m.group(1)}"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{ids}-{m.group(1)})", svg)
    return re.sub(r'href="#([^"]+)"', lambda m: f'href="#{ids}-{m.group(1)}"', svg)


def is_rtl(text: str) -> bool:
    return is_right_to_left(text)
