"""Adapters to pyproj and shapely: projections, areas on the ellipsoid, ring validity."""
