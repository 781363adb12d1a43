"""Every colour the UI paints comes from theme.py: no colour literal anywhere else in digitpad/ui."""

import io
import re
import tokenize
from pathlib import Path

from digitpad.ui import theme

UI = Path(__file__).resolve().parents[2] / "digitpad" / "ui"

# in string literals: "#rrggbb", "rgb(...)"/"rgba(...)", a named colour in a style sheet
STRING_PATTERNS = [
    re.compile(r"#[0-9a-fA-F]{3,8}\b"),
    re.compile(r"\brgba?\(\s*\d"),
    re.compile(r"\b(?:color|background(?:-color)?|border(?:-[a-z]+)?)\s*:[^;'\"]*\b(?:white|black|red|green|blue|"
               r"yellow|orange|gray|grey|purple|pink|magenta|cyan)\b", re.IGNORECASE),
]
# in code: numbers given to QColor or pyqtgraph, Qt's named colours, an RGB triple as an array
CODE_PATTERNS = [
    re.compile(r"\bQColor\(\s*\d"),
    re.compile(r"\bmk(?:Pen|Brush|Color)\(\s*\d"),
    re.compile(r"\bQt\.GlobalColor\.(?!transparent\b)\w+"),   # transparent is no colour at all
    re.compile(r"\bnp\.array\(\[\s*\d+\s*,\s*\d+\s*,\s*\d+\s*\]"),
]

#: (file, text on the line): literals that are not colours of the theme, with the reason.
ALLOWED = {
    ("ink_images.py", "QColor(0, 0, 0) if stroke.erase else QColor(255, 255, 255)"):
        "the model image's grey levels 0 and 255: MNIST's data, not a colour of the window",
}



def colour_literals(source: str) -> list[tuple[int, str]]:
    """(line number, line) of every colour literal in ``source``."""
    found = []
    lines = source.splitlines()
    code_lines = [list(line) for line in lines]   # the code alone: strings and comments blanked
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type not in (tokenize.COMMENT, tokenize.STRING):
            continue
        if tok.type == tokenize.STRING and any(p.search(tok.string) for p in STRING_PATTERNS):
            found.append((tok.start[0], lines[tok.start[0] - 1].strip()))
        for row in range(tok.start[0] - 1, tok.end[0]):
            first = tok.start[1] if row == tok.start[0] - 1 else 0
            last = tok.end[1] if row == tok.end[0] - 1 else len(code_lines[row])
            code_lines[row][first:last] = " " * (last - first)
    code_lines = ["".join(chars) for chars in code_lines]
    for number, line in enumerate(code_lines, start=1):
        if any(p.search(line) for p in CODE_PATTERNS):
            found.append((number, lines[number - 1].strip()))
    return sorted(set(found))


def _allowed(name: str, line: str) -> bool:
    return any(name == file and text in line for file, text in ALLOWED)


def test_no_colour_literal_outside_the_theme():
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py":
            continue
        for number, line in colour_literals(path.read_text(encoding="utf-8")):
            if not _allowed(path.name, line):
                offenders.append(f"{path.relative_to(UI)}:{number}: {line}")
    assert not offenders, "colour literals outside theme.py:\n" + "\n".join(offenders)


def test_the_check_finds_each_kind_of_literal():
    source = '\n'.join([
        'a = QColor("#ef5a64")',
        'b = QColor(255, 255, 255, 30)',
        'c = pg.mkBrush(23, 26, 33, 210)',
        'w.setStyleSheet("QLabel { color: white; }")',
        'w.setStyleSheet("background: rgba(61, 111, 182, 85);")',
        'p.setPen(Qt.GlobalColor.red)',
        'n = np.array([80, 160, 255], float)',
        'ok = QColor(theme.BAD)  # a comment may say #ff6b6b',
        'fill(Qt.GlobalColor.transparent)',
    ])
    assert [n for n, _ in colour_literals(source)] == [1, 2, 3, 4, 5, 6, 7]


def test_every_allowed_literal_is_still_there():
    """An allowance outlives its line only by mistake."""
    for file, text in ALLOWED:
        assert text in (UI / file).read_text(encoding="utf-8"), file


def test_one_red_for_wrong_and_one_green_for_right():
    assert theme.MATRIX_WRONG_HIGH == theme.BAD
    assert theme.rgba(theme.SELECTION_TINT) == "rgba(61, 111, 182, 85)"


def test_see_through_roles_are_their_solid_roles_with_alpha():
    from PySide6.QtGui import QColor
    for solid, tint in ((theme.ACCENT, theme.ACCENT_TINT),
                        (theme.ACCENT, theme.CURRENT_LINE), (theme.HIGHLIGHT, theme.SELECTION_TINT)):
        assert QColor(solid).getRgb()[:3] == tint[:3]
