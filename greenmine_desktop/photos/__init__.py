"""Adapters to Pillow, pillow-heif, exifread and imagehash: reading photo files."""
