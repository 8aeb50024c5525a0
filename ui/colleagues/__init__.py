"""The Colleagues section: own identity, contacts, and encrypted bundles in and out."""

from ui.colleagues.page import ColleaguesPage

__all__ = ["ColleaguesPage"]
