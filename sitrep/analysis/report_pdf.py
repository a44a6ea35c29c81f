"""``sitrep report --format pdf``: the situation report as a PDF, drawn with fpdf2.

The same sections as the Markdown and HTML reports, every incident and statement linked to its sources.
Text is set in DejaVu Sans when the system has it (most Linux installs do), so that names in any Latin,
Greek or Cyrillic script print as written; otherwise in the PDF core font Helvetica, which holds only
Windows-1252, and characters outside it are written without their accents or as "?".
"""

from __future__ import annotations

import io
import unicodedata
from collections import Counter
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from sitrep.analysis.report import (
    Report,
    chart_label,
    not_on_map,
    reporting,
    stance_word,
    statement_words,
    svg_map,
    weekly_bars,
)

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
)
_FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
_RED = (179, 38, 30)
_MAX_LINKS = 4


def _unicode_font() -> dict[str, Path] | None:
    """DejaVu Sans, regular and bold, from the first system font folder that has both."""
    for folder in _FONT_DIRS:
        files = {style: folder / name for style, name in _FONT_FILES.items()}
        if all(path.is_file() for path in files.values()):
            return files
    return None


def _latin(text: str) -> str:
    """Text the core font can set: Windows-1252 as is, other letters without accents, the rest as "?"."""
    out: list[str] = []
    for character in text:
        try:
            character.encode("cp1252")
            out.append(character)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", character).encode("cp1252", "ignore").decode("cp1252")
            out.append(base or "?")
    return "".join(out)


class _ReportPDF(FPDF):
    def __init__(self, title: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.report_title = title
        fonts = _unicode_font()
        if fonts:
            for style, path in fonts.items():
                self.add_font("DejaVu", style, str(path))
            self.family = "DejaVu"
            self.clean = lambda text: text
        else:
            self.family = "Helvetica"
            self.core_fonts_encoding = "windows-1252"
            self.clean = _latin
        self.set_auto_page_break(auto=True, margin=15)
        self.set_title(self.clean(title))
        self.set_creator("sitrep")

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.family, size=8)
        self.set_text_color(110)
        self.cell(0, 5, self.clean(f"{self.report_title} · page {self.page_no()}"), align="C")
        self.set_text_color(0)

    def heading(self, text: str, size: int = 13) -> None:
        self.ln(2)
        self.set_font(self.family, "B", size)
        self.multi_cell(0, size * 0.5, self.clean(text), align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_font(self.family, size=9)
        self.ln(1)

    def paragraph(self, text: str, bold: bool = False, indent: float = 0) -> None:
        self.set_font(self.family, "B" if bold else "", 9)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, 4.5, self.clean(text), align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_font(self.family, size=9)

    def linked(self, text: str, label: str, target: str, indent: float = 0) -> None:
        """A line of text followed by its source, a link when the source has a URL."""
        self.set_x(self.l_margin + indent)
        self.write(4.5, self.clean(text))
        if target.startswith("http"):
            self.set_text_color(*_RED)
            self.write(4.5, self.clean(label), link=target)
            self.set_text_color(0)
        else:
            self.write(4.5, self.clean(f"{label} ({target})"))
        self.ln(6)

    def sparkline(self, values: list[float], width: float = 45, height: float = 7) -> None:
        """The weekly intensity series as a small line chart, on the current line."""
        if len(values) < 2:
            return
        high = max(values) or 1.0
        left, top = self.get_x(), self.get_y()
        step = width / (len(values) - 1)
        points = [(left + i * step, top + height - value / high * height) for i, value in enumerate(values)]
        self.set_draw_color(*_RED)
        self.set_line_width(0.35)
        self.polyline(points)
        self.set_draw_color(0)
        self.set_line_width(0.2)
        self.set_y(top + height + 1)


def render_pdf(report: Report) -> bytes:
    """The report as PDF bytes."""
    title = f"Situation report: {report.start} to {report.end}" + (f" — {report.focus}" if report.focus else "")
    pdf = _ReportPDF(title)
    pdf.add_page()
    pdf.heading(title, size=16)

    pdf.heading("Escalation")
    if not report.assessments:
        pdf.paragraph("No dyad with coded incidents in this period.")
    for assessment, history in report.assessments:
        pdf.paragraph(assessment.headline, bold=True)
        pdf.paragraph(f"{chart_label(history)}; {assessment.baseline}")
        pdf.sparkline(weekly_bars(history)[0])
        for signal in assessment.signals[:3]:
            evidence = ", ".join(item.incident_id for item in signal.evidence)
            pdf.paragraph(f"• {signal.kind}: {signal.explanation} ({evidence})", indent=4)
        pdf.ln(1)

    pdf.heading("Top incidents")
    if not report.incidents:
        pdf.paragraph("No incidents in this period.")
    else:
        _incident_table(pdf, report)

    pdf.heading("Key statements")
    if not report.statements:
        pdf.paragraph("No statements with an escalation stance.")
    for statement in report.statements:
        who, words = statement_words(statement)
        target = statement["url"] or f"article:{statement['article_id']}"
        label = statement["outlet"] or "article"
        pdf.linked(f"• {who} ({stance_word(statement['stance'])}): {words} — ", label, target)

    map_svg = svg_map(report.incidents)
    map_height = pdf.epw / 2  # the map is drawn at twice as wide as high
    if map_svg.startswith("<svg") and pdf.will_page_break(map_height + 12):
        pdf.add_page()
    pdf.heading("Where")
    if map_svg.startswith("<svg"):
        pdf.image(io.BytesIO(map_svg.encode("utf-8")), x=pdf.l_margin, w=pdf.epw, h=map_height)
    else:
        pdf.paragraph("No located incidents.")
    not_shown = not_on_map(report.incidents)
    if not_shown:
        pdf.paragraph(f"Not on the map (no point location): {not_shown}")

    if report.incidents:
        pdf.heading("Sources")
        for item in report.incidents:
            pdf.paragraph(f"{item.incident_id} ({item.date or '?'}, {item.plover_type})", bold=True)
            for label, target in item.links:
                pdf.linked("", label, target, indent=4)
    return bytes(pdf.output())


def _outlets(links: list[tuple[str, str]]) -> str:
    """The outlets of an incident's articles, each once, with how many articles it ran: "voanews.com (3)"."""
    counts = Counter(label for label, _ in links)
    return "; ".join(f"{label} ({n})" if n > 1 else label for label, n in counts.most_common(_MAX_LINKS))


def _incident_table(pdf: _ReportPDF, report: Report) -> None:
    heading = FontFace(emphasis="BOLD", fill_color=(235, 238, 241))
    pdf.set_font(pdf.family, size=7.5)
    with pdf.table(
        col_widths=(20, 9, 68, 30, 17, 22, 24), headings_style=heading, line_height=3.6, text_align="LEFT",
        v_align="TOP", padding=1,
    ) as table:
        row = table.row()
        for name in ("date", "rung", "what", "where", "who", "reported in", "sources"):
            row.cell(name)
        for item in report.incidents:
            row = table.row()
            row.cell(f"{item.date or '?'}\n{item.incident_id}")
            row.cell(str(item.rung))
            row.cell(pdf.clean(f"{item.plover_type}: {item.summary}"))
            row.cell(pdf.clean(item.place or "?"))
            row.cell(pdf.clean(item.dyad or "?"))
            row.cell(pdf.clean(reporting(item)))
            first = next(((label, target) for label, target in item.links if target.startswith("http")), None)
            row.cell(pdf.clean(_outlets(item.links)), link=first[1] if first else None)
    pdf.set_font(pdf.family, size=9)
