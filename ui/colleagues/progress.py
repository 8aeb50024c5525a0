"""Progress from app/ code running in a task: reported to the UI, and where Cancel takes effect."""

from collections.abc import Callable

from ui import tasks


def cancellable_progress(task: tasks.Task) -> Callable[[int, int], None]:
    """A progress callback for app/ functions: stops the work if the user cancelled, else reports."""

    def report(done: int, total: int) -> None:
        task.check()
        task.report(done, total)

    return report
