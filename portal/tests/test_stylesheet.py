"""The committed stylesheet is the concatenation of the component files (``make css``)."""

from portal.operations import stylesheet


def test_site_css_is_built_from_the_current_components():
    built = stylesheet.build()
    assert (stylesheet.STATIC / "site.css").read_text(encoding="utf-8") == built, (
        "static/css/site.css is out of date: run `make css`"
    )
    names = [path.name for path in stylesheet.component_files()]
    assert names[0] == "00-base.css" and len(names) == len(set(names)) > 10


def test_build_keeps_the_numbered_order(tmp_path):
    (tmp_path / "20-b.css").write_text(".b{}")
    (tmp_path / "05-a.css").write_text(".a{}\n")
    css = stylesheet.build(tmp_path)
    assert css.index(".a{}") < css.index(".b{}") and "/* --- 05-a.css --- */" in css
