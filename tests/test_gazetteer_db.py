"""Gazetteers as the migrations load them into PostgreSQL."""
import pytest

from kzrel.models import Country, Office, Organisation, Person
from kzrel.services.gazetteers import sync_gazetteers
from regions.models import City, Region

pytestmark = pytest.mark.django_db


def test_all_kazakh_subdivisions_with_three_languages():
    kz = Region.objects.filter(country__code="KZ")
    assert kz.filter(type="Region").count() == 17
    assert set(kz.filter(type="City").values_list("code", flat=True)) == {"KZ-71", "KZ-75", "KZ-79"}
    for region in kz:
        assert region.name_en and region.name_ru and region.name_kk, region.code
    north = Region.objects.get(code="KZ-59")
    assert (north.name_en, north.name_ru, north.name_kk) == (
        "North Kazakhstan Region", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы")


@pytest.mark.parametrize("code", ["RU-OMS", "RU-KGN", "RU-TYU", "RU-ORE", "RU-ALT", "RU-AST", "CN-XJ", "UZ-TO",
                                  "KG-C", "MN-071"])
def test_border_regions_present(code):
    region = Region.objects.get(code=code)
    assert region.name_ru and region.name_kk


def test_countries_persons_organisations_cities():
    assert Country.objects.get(code="KZ").name_kk == "Қазақстан"
    assert Country.objects.get(code="RU").name_ru
    assert Country.objects.get(code="SU").historical
    nazarbayev = Person.objects.get(name_en="Nursultan Nazarbayev")
    assert nazarbayev.country.code == "KZ" and nazarbayev.name_ru.endswith("Назарбаев")
    assert Office.objects.filter(person=nazarbayev, title="President of Kazakhstan", start_year=1990, end_year=2019).exists()
    for short in ("CIS", "EAEU", "EurAsEC", "SCO", "CSTO", "CICA", "OSCE", "UN"):
        assert Organisation.objects.filter(short_name=short).exists(), short
    astana = City.objects.get(name_en="Astana", country__code="KZ")
    assert astana.region.code == "KZ-71" and "Tselinograd" in astana.aliases


def test_reloading_is_idempotent_and_keeps_additions():
    before = {m: m.objects.count() for m in (Country, Region, City, Person, Organisation, Office)}
    custom = Person.objects.create(name_en="An Editor's Addition")
    sync_gazetteers()
    after = {m: m.objects.count() for m in before}
    after[Person] -= 1
    assert after == before
    assert Person.objects.filter(pk=custom.pk).exists()
