"""Draw the application icon (resources/icons/greenmine.png and .ico) with Pillow.

Run once when the design changes; the files are committed, so builds need nothing more:
    .venv/bin/python build_spec/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 512


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((16, 16, SIZE - 16, SIZE - 16), radius=96, fill=(34, 110, 74))
    pen.polygon([(60, 400), (200, 170), (270, 270), (330, 200), (452, 400)], fill=(120, 190, 110))  # hills
    pen.polygon([(200, 170), (236, 228), (214, 240), (186, 214)], fill=(235, 245, 230))  # snow line
    pen.rectangle((60, 400, 452, 440), fill=(92, 64, 40))  # the worked bench of the pit
    pen.line([(290, 330), (340, 380), (440, 250)], fill=(255, 255, 255), width=34, joint="curve")  # the check
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "greenmine.png")
    image.save(ICONS / "greenmine.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128),
                                                (256, 256)])


if __name__ == "__main__":
    main()
