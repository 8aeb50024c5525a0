"""Realistic synthetic caseloads for demonstrations, screenshots and benchmarks: no real person's data."""

from app.demo.generator import DemoCounts, generate, populate

__all__ = ["DemoCounts", "generate", "populate"]
