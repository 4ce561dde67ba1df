"""Related resources rank by the number of values shared with the page, not by size."""

from portal.factories import ThemeFactory


def test_related_ranks_by_shared_values(make_resource, themes):
    from resources.services import related_resources

    economic, health = themes
    extra = [ThemeFactory(name=f"Extra {i}") for i in range(4)]
    page = make_resource(title="Page", themes=[economic], countries=["SN"], resource_type="manual")
    many = make_resource(
        title="Many themes, one shared", themes=[economic, *extra], resource_type="study"
    )
    two = make_resource(
        title="Two shared", themes=[economic], countries=["SN"], resource_type="study"
    )
    make_resource(title="Nothing shared", themes=[health], countries=["IQ"], resource_type="study")
    draft = make_resource(
        title="Unpublished", themes=[economic], countries=["SN"], resource_type="manual"
    )
    draft.unpublish()
    assert related_resources(page) == [two, many]
    assert related_resources(page, limit=1) == [two]
