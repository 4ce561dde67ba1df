"""The demo's illustrations: calm abstract pictures drawn here with Pillow in the site's
palette (landscapes, routes on a map, people as silhouettes), never fetched. Each becomes a
Wagtail image with a description (its alternative text); pages show the credit below.

``ensure_images()`` is idempotent (an image is found by its title) and makes the renditions
the templates ask for, so the first visitor does not wait for AVIF encoding.
"""

import io
import math

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

CREDIT = "Illustration: Return & Reintegration Hub"
CREDITS = {
    "fr": "Illustration : Plateforme Retour et Réintégration",
    "es": "Ilustración: Plataforma de Retorno y Reintegración",
    "ar": "رسم توضيحي: منصة العودة وإعادة الإدماج",
}

WIDTH, HEIGHT = 1600, 1000
SCALE = 2  # drawn at twice the size, then reduced: smooth edges

SKY = (219, 231, 241)
SKY_TOP = (236, 242, 248)
SAND = (233, 220, 195)
OCHRE = (214, 170, 92)
BLUE = (11, 79, 138)
BLUE_DARK = (7, 58, 102)
BLUE_MID = (74, 128, 176)
BLUE_LIGHT = (150, 185, 215)
GREEN = (92, 140, 110)
GREEN_LIGHT = (160, 196, 168)
INK = (27, 36, 48)
WHITE = (255, 255, 255)

# The renditions the templates use (``{% picture image fill-{480x300,960x600}
# format-{avif,webp,jpeg} %}`` in the hero, a page's image and the cards), made with the demo
# so that no visitor, nor test, waits for AVIF encoding.
SPECS = [
    f"fill-{size}|format-{fmt}"
    for size in ("480x300", "960x600")
    for fmt in ("avif", "webp", "jpeg")
]


def _canvas(top=SKY_TOP, bottom=SKY):
    image = PILImage.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), bottom)
    draw = ImageDraw.Draw(image)
    steps = 40
    for i in range(steps):  # a soft vertical gradient
        t = i / (steps - 1)
        color = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        y0 = HEIGHT * SCALE * i // steps
        draw.rectangle((0, y0, WIDTH * SCALE, HEIGHT * SCALE * (i + 1) // steps), fill=color)
    return image, draw


def _s(*values):
    return [round(v * SCALE) for v in values]


def _hill(draw, base, amplitude, wavelength, phase, color):
    points = [(0, HEIGHT * SCALE)]
    for x in range(0, WIDTH + 20, 20):
        y = base - amplitude * math.sin((x / wavelength) * 2 * math.pi + phase)
        points.append((x * SCALE, y * SCALE))
    points.append((WIDTH * SCALE, HEIGHT * SCALE))
    draw.polygon(points, fill=color)


def _person(draw, x, y, height, color):
    """A silhouette standing on (x, y): a head and a rounded body."""
    head = height * 0.13
    draw.ellipse(_s(x - head, y - height, x + head, y - height + 2 * head), fill=color)
    body_top = y - height + 2.3 * head
    draw.rounded_rectangle(
        _s(x - height * 0.17, body_top, x + height * 0.17, y),
        radius=height * 0.12 * SCALE,
        fill=color,
    )


def _sun(draw, x, y, r, color=OCHRE):
    draw.ellipse(_s(x - r, y - r, x + r, y + r), fill=color)


def _house(draw, x, y, w, color=WHITE, roof=BLUE_DARK):
    draw.rectangle(_s(x, y - w * 0.7, x + w, y), fill=color)
    draw.polygon(
        _s(x - w * 0.1, y - w * 0.7, x + w / 2, y - w * 1.15, x + w * 1.1, y - w * 0.7), fill=roof
    )
    draw.rectangle(_s(x + w * 0.4, y - w * 0.35, x + w * 0.6, y), fill=BLUE_MID)


def _path(draw, points, width, color=SAND):
    draw.line([tuple(_s(x, y)) for x, y in points], fill=color, width=width * SCALE, joint="curve")


def hills():
    """Home: hills at dawn, a path to a house, three people walking home."""
    image, draw = _canvas()
    _sun(draw, 1180, 330, 120)
    _hill(draw, 560, 60, 1400, 0.5, BLUE_LIGHT)
    _hill(draw, 660, 50, 1000, 2.0, BLUE_MID)
    _hill(draw, 780, 40, 1600, 4.0, GREEN_LIGHT)
    _path(draw, [(120, 1000), (420, 900), (760, 840), (1040, 760), (1220, 720)], 70)
    _house(draw, 1200, 720, 110)
    for i, (x, h) in enumerate(((520, 190), (600, 160), (660, 120))):
        _person(draw, x, 900 - i * 18, h, BLUE_DARK if i != 2 else BLUE)
    return image


def market():
    """A story: a small shop with a striped awning and its owner."""
    image, draw = _canvas(SKY_TOP, SAND)
    draw.rectangle(_s(0, 820, WIDTH, HEIGHT), fill=(214, 200, 172))
    draw.rectangle(_s(380, 330, 1220, 820), fill=WHITE)
    for i in range(8):  # the awning
        color = BLUE if i % 2 == 0 else SKY
        draw.polygon(
            _s(380 + i * 105, 300, 485 + i * 105, 300, 485 + i * 105, 400, 380 + i * 105, 400),
            fill=color,
        )
    draw.rectangle(_s(430, 450, 760, 820), fill=BLUE_LIGHT)
    draw.rectangle(_s(840, 450, 1170, 640), fill=SKY)
    for i in range(3):
        draw.rectangle(_s(860 + i * 105, 560, 940 + i * 105, 640), fill=(OCHRE, GREEN, BLUE_MID)[i])
    _person(draw, 600, 820, 300, BLUE_DARK)
    _sun(draw, 1420, 170, 80)
    return image


def routes():
    """Figures: soft land shapes and arcs of journeys converging on home."""
    image, draw = _canvas((232, 240, 247), (210, 225, 238))
    for box in (
        (120, 220, 700, 620),
        (560, 160, 1100, 520),
        (900, 420, 1500, 860),
        (200, 620, 640, 900),
    ):
        draw.ellipse(_s(*box), fill=(196, 214, 200))
    home = (1120, 640)
    origins = ((300, 360), (520, 760), (820, 260), (1380, 300), (420, 520))
    for ox, oy in origins:
        mx, my = (ox + home[0]) / 2, min(oy, home[1]) - 160
        points = []
        for k in range(31):
            t = k / 30
            x = (1 - t) ** 2 * ox + 2 * (1 - t) * t * mx + t**2 * home[0]
            y = (1 - t) ** 2 * oy + 2 * (1 - t) * t * my + t**2 * home[1]
            points.append(tuple(_s(x, y)))
        draw.line(points, fill=BLUE_MID, width=8 * SCALE, joint="curve")
        draw.ellipse(_s(ox - 16, oy - 16, ox + 16, oy + 16), fill=BLUE)
    draw.ellipse(_s(home[0] - 34, home[1] - 34, home[0] + 34, home[1] + 34), fill=OCHRE)
    draw.ellipse(_s(home[0] - 14, home[1] - 14, home[0] + 14, home[1] + 14), fill=WHITE)
    return image


def crossroads():
    """Concepts: a road that divides, a signpost and a person deciding."""
    image, draw = _canvas()
    _hill(draw, 620, 30, 1800, 1.0, GREEN_LIGHT)
    draw.polygon(_s(700, 1000, 900, 1000, 820, 620, 780, 620), fill=SAND)
    _path(draw, [(800, 640), (600, 560), (300, 520)], 36)
    _path(draw, [(800, 640), (1040, 560), (1400, 530)], 36)
    draw.rectangle(_s(930, 420, 946, 760), fill=INK)
    draw.polygon(_s(946, 440, 1130, 440, 1160, 470, 1130, 500, 946, 500), fill=BLUE)
    draw.polygon(_s(930, 520, 760, 520, 730, 550, 760, 580, 930, 580), fill=OCHRE)
    _person(draw, 1080, 900, 240, BLUE_DARK)
    return image


def paths():
    """Types of return: four paths leaving one place, in four colours."""
    image, draw = _canvas((240, 244, 248), (224, 233, 241))
    start = (800, 900)
    for end, color in (
        ((200, 260), BLUE),
        ((620, 160), GREEN),
        ((1000, 180), OCHRE),
        ((1420, 300), BLUE_MID),
    ):
        mid = ((start[0] + end[0]) / 2 + (end[0] - start[0]) * 0.2, (start[1] + end[1]) / 2)
        _path(draw, [start, mid, end], 30, color)
        draw.ellipse(_s(end[0] - 30, end[1] - 30, end[0] + 30, end[1] + 30), fill=color)
    _house(draw, 740, 930, 120)
    return image


def bars():
    """Data: a calm bar chart with a trend line."""
    image, draw = _canvas(WHITE, (236, 242, 248))
    heights = (260, 380, 330, 470, 560, 520, 640)
    for i, h in enumerate(heights):
        x = 220 + i * 170
        color = BLUE if i == len(heights) - 1 else BLUE_LIGHT
        draw.rounded_rectangle(_s(x, 840 - h, x + 110, 840), radius=10 * SCALE, fill=color)
    draw.line(
        [tuple(_s(275 + i * 170, 780 - h)) for i, h in enumerate(heights)],
        fill=OCHRE,
        width=10 * SCALE,
        joint="curve",
    )
    draw.rectangle(_s(160, 840, 1440, 850), fill=INK)
    return image


def book():
    """Glossary: an open book with lines of text."""
    image, draw = _canvas((244, 240, 232), SAND)
    draw.polygon(_s(300, 300, 800, 360, 800, 860, 300, 800), fill=WHITE)
    draw.polygon(_s(800, 360, 1300, 300, 1300, 800, 800, 860), fill=(248, 248, 244))
    draw.line(_s(800, 360, 800, 860), fill=BLUE_DARK, width=6 * SCALE)
    for i in range(7):
        y = 420 + i * 55
        draw.line(_s(360, y, 740, y + 6), fill=BLUE_LIGHT, width=10 * SCALE)
        draw.line(_s(860, y + 6, 1240, y), fill=BLUE_LIGHT, width=10 * SCALE)
    draw.rectangle(_s(360, 380, 560, 400), fill=BLUE)
    return image


def community():
    """Community: people in a circle of conversation."""
    image, draw = _canvas()
    _hill(draw, 760, 20, 2400, 0.0, GREEN_LIGHT)
    for i in range(7):
        angle = math.pi * (0.15 + 0.7 * i / 6)
        x = 800 + 480 * math.cos(angle) * -1
        y = 900 - 140 * math.sin(angle)
        _person(draw, x, y, 220 - 30 * math.sin(angle), (BLUE_DARK, BLUE, BLUE_MID)[i % 3])
    _sun(draw, 300, 250, 90)
    return image


# title -> (drawing, alternative text)
ILLUSTRATIONS = {
    "Walking home": (
        hills,
        "Illustration: three people walk along a path across blue and green hills towards a "
        "small house at sunrise.",
    ),
    "A shop of one's own": (
        market,
        "Illustration: a person stands in front of a small shop with a striped blue awning.",
    ),
    "Routes home": (
        routes,
        "Illustration: curved lines from several places on a map converge on one point.",
    ),
    "At the crossroads": (
        crossroads,
        "Illustration: a person stands by a signpost where a road divides in two.",
    ),
    "Four ways home": (
        paths,
        "Illustration: four coloured paths lead away from a small house.",
    ),
    "Figures at a glance": (
        bars,
        "Illustration: a bar chart whose bars rise from left to right, with a trend line.",
    ),
    "Words we use": (
        book,
        "Illustration: an open book with lines of text.",
    ),
    "Among peers": (
        community,
        "Illustration: people stand in a half circle, as if in conversation.",
    ),
}


def _png(drawing):
    image = drawing().resize((WIDTH, HEIGHT), PILImage.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def ensure_images():
    """``{title: image}`` of the demo illustrations, drawn the first time."""
    Image = get_image_model()
    images = {}
    for title, (drawing, alt) in ILLUSTRATIONS.items():
        image = Image.objects.filter(title=title).first()
        if image is None:
            name = title.lower().replace(" ", "-").replace("'", "") + ".png"
            image = Image(title=title, description=alt)
            image.file = ImageFile(io.BytesIO(_png(drawing)), name=name)
            image.save()
        elif image.description != alt:
            image.description = alt
            image.save(update_fields=["description"])
        image.get_renditions(*SPECS)  # made once: existing renditions are looked up
        images[title] = image
    return images
