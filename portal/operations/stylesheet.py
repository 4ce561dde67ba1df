"""The site's one stylesheet, built from one file per component.

``static/css/components/NN-name.css`` hold the styles of one component each (the number fixes
the cascade order); ``static/css/site.css`` is their concatenation, committed so that the site
needs no build step to run. ``make css`` rebuilds it; a test fails when it is out of date.
"""

from pathlib import Path

STATIC = Path(__file__).resolve().parents[2] / "static" / "css"
HEADER = (
    "/* Built by `make css` from static/css/components/*.css: edit those, not this file.\n"
    "   Logical properties throughout (inline/block, start/end) so Arabic (RTL) mirrors itself. */\n"
)


def component_files(folder=STATIC / "components"):
    """The component stylesheets in cascade order."""
    return sorted(folder.glob("*.css"))


def build(folder=STATIC / "components"):
    """The concatenated stylesheet: each component under a comment naming its file."""
    parts = [HEADER]
    for path in component_files(folder):
        parts.append(f"\n/* --- {path.name} --- */\n{path.read_text(encoding='utf-8').strip()}\n")
    return "".join(parts)


def write(target=STATIC / "site.css"):
    """Write the built stylesheet; True when it changed."""
    css = build()
    if target.exists() and target.read_text(encoding="utf-8") == css:
        return False
    target.write_text(css, encoding="utf-8")
    return True


if __name__ == "__main__":
    print("static/css/site.css", "rebuilt" if write() else "up to date")
