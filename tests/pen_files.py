"""Small pen-digits files written by the tests themselves, in the collection's text format."""

SEVEN = [[(100, 400), (300, 400), (180, 100)]]              # bar at the top (y points up), then down
ONE = [[(200, 420), (205, 260), (210, 100)]]                # one straight line
FOUR = [[(120, 420), (100, 200), (260, 210)], [(220, 430), (225, 90)]]


def pen_text(digits) -> str:
    """``digits``: (label, writer, sample, strokes) -> the file's text."""
    lines = [".INCLUDE        dene.doc", "", '.LEXICON "0" "1" "2" "3" "4" "5" "6" "7" "8" "9"',
             ".HIERARCHY      DIGIT", ""]
    for k, (label, writer, sample, strokes) in enumerate(digits):
        lines += [f'.SEGMENT DIGIT {k:4d} ? "{label}"', f".COMMENT {label} {writer} {sample:4d}"]
        for stroke in strokes:
            lines.append(".PEN_DOWN")
            lines += [f" {x:3d}  {y:3d}" for x, y in stroke]
            lines += [".PEN_UP", ".DT 100"]
        lines.append("")
    return "\n".join(lines) + "\n"


def write_pen_file(path, digits):
    path.write_text(pen_text(digits))
    return path
