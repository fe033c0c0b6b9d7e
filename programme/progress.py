"""Progress rules of the development programme, in one place so views, admin and exports agree.

Rules (tested in tests/programme/test_progress.py):

* Progress belongs to the lesson, not to one language's page: records are keyed on the page's
  `translation_key`, shared by the Dutch page and its translations. Moving or renaming a lesson does
  not change its key, so progress stays. Deleting a lesson keeps its records (the page FK becomes
  NULL); they no longer count towards totals because only live lessons are counted.
* The first visit of a lesson creates its `LessonProgress` row (`started_at`), once: only a real GET by a
  participant (`programme.context.is_real_visit`), not an editor's preview, a prefetch or a HEAD request.
* "Markeer als afgerond" sets `completed_at` and `completed_revision` once; repeating it changes
  nothing (a conditional UPDATE, and the unique constraint on (user, lesson_key) for the row itself).
  Undoing clears them; completing again later records the new time and revision.
* A module is complete when every live, required lesson under it (in any language) is completed.
  `ModuleCompletion` records when that first happened.
* An editor who later adds a required lesson does not take a completion away: the record states that
  the ambassador completed the module as it was then, and the new lesson shows as "new" on the
  dashboard. If the ambassador themselves undoes a lesson of a completed module, the completion is
  removed (it was their own action), and it is recorded again when all required lessons are done.
* The programme is complete (certificate) when every live, required module has a completion.
* An editor who publishes a lesson with "Belangrijke wijziging" ticked sets its `content_updated_at`: who
  completed it before sees "Deze les is bijgewerkt" on the lesson and on Mijn leerpad. The completion stays.
"""

import functools
import operator
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Locale, Page

from website.locales import active_locale_id, default_locale_id

from .models import (
    LessonPage,
    LessonProgress,
    ModuleCompletion,
    ModulePage,
    ModuleStart,
    ProgrammePage,
    SelfAssessment,
)


def parent_path(page):
    return page.path[: -Page.steplen]


def get_module_for_lesson(lesson):
    return ModulePage.objects.get(path=parent_path(lesson))


def required_lesson_keys(module_key):
    """Translation keys of the live, required lessons of a module, over all its language versions."""
    modules = list(ModulePage.objects.filter(translation_key=module_key).values_list("path", "depth"))
    if not modules:
        return set()
    under_any = functools.reduce(operator.or_, (Q(path__startswith=path, depth=depth + 1) for path, depth in modules))
    return set(
        LessonPage.objects.live()
        .filter(under_any, is_required=True)
        .values_list("translation_key", flat=True)
        .distinct()
    )


def record_visit(user, lesson, module=None):
    """Create the progress row on the first visit of a lesson (started_at). Later visits change nothing."""
    existing = LessonProgress.objects.filter(user=user, lesson_key=lesson.translation_key).first()
    if existing is not None:
        return existing
    module = module or get_module_for_lesson(lesson)
    try:
        with transaction.atomic():
            progress = LessonProgress.objects.create(
                user=user, lesson_key=lesson.translation_key, lesson=lesson, module_key=module.translation_key
            )
            record_module_start(user, module.translation_key, progress.started_at)
            return progress
    except IntegrityError:  # another request (another tab) created it just now
        return LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)


def record_module_start(user, module_key, started_at):
    """Keep `ModuleStart` (the first lesson opened in a module) up to date; a later start changes nothing."""
    start, created = ModuleStart.objects.get_or_create(
        user=user, module_key=module_key, defaults={"started_at": started_at}
    )
    if not created and started_at < start.started_at:
        ModuleStart.objects.filter(pk=start.pk).update(started_at=started_at)


@transaction.atomic
def complete_lesson(user, lesson):
    """Mark a lesson as completed; idempotent. Returns (progress, module_completion or None)."""
    module = get_module_for_lesson(lesson)
    progress = record_visit(user, lesson, module)
    now = timezone.now()
    live_revision_id = Page.objects.filter(pk=lesson.pk).values_list("live_revision_id", flat=True).first()
    # Conditional update: a double click or replayed POST finds completed_at already set and changes nothing.
    LessonProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
        completed_at=now, completed_revision_id=live_revision_id, lesson=lesson, module_key=module.translation_key
    )
    if progress.module_key != module.translation_key:  # the lesson moved to another module since the visit
        record_module_start(user, module.translation_key, progress.started_at)
    progress.refresh_from_db()
    return progress, update_module_completion(user, module)


def update_module_completion(user, module):
    """Record the module's completion if all its required lessons are done. Returns the completion or None."""
    existing = ModuleCompletion.objects.filter(user=user, module_key=module.translation_key).first()
    if existing is not None:
        return existing
    required = required_lesson_keys(module.translation_key)
    done = set(
        LessonProgress.objects.filter(user=user, lesson_key__in=required, completed_at__isnull=False).values_list(
            "lesson_key", flat=True
        )
    )
    if required - done:
        return None
    # Copied from the module's start (one row), so both say the same moment.
    started_at = (
        ModuleStart.objects.filter(user=user, module_key=module.translation_key)
        .values_list("started_at", flat=True)
        .first()
    )
    try:
        with transaction.atomic():
            return ModuleCompletion.objects.create(
                user=user, module_key=module.translation_key, module=module, started_at=started_at
            )
    except IntegrityError:
        return ModuleCompletion.objects.get(user=user, module_key=module.translation_key)


@transaction.atomic
def undo_lesson(user, lesson):
    """Undo 'completed' for a lesson; the module's completion goes too (see the module docstring)."""
    module = get_module_for_lesson(lesson)
    done = LessonProgress.objects.filter(user=user, lesson_key=lesson.translation_key, completed_at__isnull=False)
    before = done.values_list("started_at", "module_key").first()
    updated = done.update(completed_at=None, completed_revision=None, module_key=module.translation_key)
    if updated:
        started_at, module_key = before
        if module_key != module.translation_key:  # the lesson moved to another module since it was completed
            record_module_start(user, module.translation_key, started_at)
        ModuleCompletion.objects.filter(user=user, module_key=module.translation_key).delete()
    return bool(updated)


def default_locale():
    return Locale.get_default()


def _live_keys(model):
    """Subquery: translation keys of the live pages of `model` in the default language."""
    return model.objects.live().filter(locale_id=default_locale_id()).values("translation_key")


def live_totals():
    """(live lessons, live modules) in the default language, counted in one query."""
    lesson_type, module_type = ContentType.objects.get_for_models(LessonPage, ModulePage).values()  # cached
    counts = dict(
        Page.objects.live()
        .filter(locale_id=default_locale_id(), content_type__in=[lesson_type, module_type])
        .values_list("content_type")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return counts.get(lesson_type.pk, 0), counts.get(module_type.pk, 0)


def progress_summary(users):
    """{user_id: {completed_lessons, total_lessons, completed_modules, total_modules, last_activity}}.

    Counts live lessons and modules of the default language (each lesson counts once, whatever the
    language it was done in). Three queries, whatever the number of users, modules or lessons.
    """
    user_ids = [getattr(user, "pk", user) for user in users]
    total_lessons, total_modules = live_totals()
    summary = {
        user_id: {
            "completed_lessons": 0,
            "total_lessons": total_lessons,
            "completed_modules": 0,
            "total_modules": total_modules,
            "last_activity": None,
        }
        for user_id in user_ids
    }
    if not user_ids:
        return summary
    lesson_rows = (
        LessonProgress.objects.filter(user_id__in=user_ids)
        .values("user_id")
        .annotate(
            completed=Count("id", filter=Q(completed_at__isnull=False, lesson_key__in=_live_keys(LessonPage))),
            last_started=Max("started_at"),
            last_completed=Max("completed_at"),
        )
        .order_by()
    )
    for row in lesson_rows:
        entry = summary[row["user_id"]]
        entry["completed_lessons"] = row["completed"]
        entry["last_activity"] = max(filter(None, [row["last_started"], row["last_completed"]]), default=None)
    module_rows = (
        ModuleCompletion.objects.filter(user_id__in=user_ids)
        .values("user_id")
        .annotate(completed=Count("id", filter=Q(module_key__in=_live_keys(ModulePage))), last=Max("completed_at"))
        .order_by()
    )
    for row in module_rows:
        entry = summary[row["user_id"]]
        entry["completed_modules"] = row["completed"]
        entry["last_activity"] = max(filter(None, [entry["last_activity"], row["last"]]), default=None)
    return summary


def _per_user(queryset, aggregate):
    """A correlated subquery: `aggregate` over the rows of `queryset` of the outer row's user."""
    return Subquery(
        queryset.filter(user_id=OuterRef("user_id"))
        .order_by()
        .values("user_id")
        .annotate(value=aggregate)
        .values("value")
    )


def with_progress(profiles):
    """Annotate a queryset of AmbassadorProfile with the figures of `progress_summary`, in the same query.

    Adds completed_lessons, completed_modules and the latest lesson start, lesson completion and module
    completion (last_started, last_completed, last_module; see `last_activity`). For listings that are
    paginated: the figures come with the page of profiles instead of in queries of their own.
    """
    completed_lessons = LessonProgress.objects.filter(completed_at__isnull=False, lesson_key__in=_live_keys(LessonPage))
    completed_modules = ModuleCompletion.objects.filter(module_key__in=_live_keys(ModulePage))
    return profiles.annotate(
        completed_lessons=Coalesce(_per_user(completed_lessons, Count("pk")), 0),
        completed_modules=Coalesce(_per_user(completed_modules, Count("pk")), 0),
        last_started=_per_user(LessonProgress.objects.all(), Max("started_at")),
        last_completed=_per_user(LessonProgress.objects.all(), Max("completed_at")),
        last_module=_per_user(ModuleCompletion.objects.all(), Max("completed_at")),
    )


def last_activity(profile):
    """The latest progress moment of a profile annotated by `with_progress`, or None."""
    return max(filter(None, [profile.last_started, profile.last_completed, profile.last_module]), default=None)


# --- The ambassador's own view of the programme ("Mijn leerpad") ----------------------------------


@dataclass
class LessonState:
    page: LessonPage
    progress: LessonProgress | None = None

    @property
    def completed(self):
        return self.progress is not None and self.progress.completed_at is not None

    @property
    def started(self):
        return self.progress is not None

    @property
    def updated_since_completion(self):
        """Completed, and an editor has since published an important change ("Deze les is bijgewerkt")."""
        return self.completed and self.page.is_updated_since(self.progress.completed_at)


@dataclass
class ModuleState:
    page: ModulePage
    lessons: list = field(default_factory=list)
    completion: ModuleCompletion | None = None
    assessments: dict = field(default_factory=dict)

    @property
    def required_lessons(self):
        return [lesson for lesson in self.lessons if lesson.page.is_required]

    @property
    def completed_count(self):
        return sum(1 for lesson in self.lessons if lesson.completed)

    @property
    def percent(self):
        return round(100 * self.completed_count / len(self.lessons)) if self.lessons else 0

    @property
    def completed(self):
        return self.completion is not None

    @property
    def open_required_lessons(self):
        return [lesson for lesson in self.required_lessons if not lesson.completed]

    @property
    def has_new_required_lessons(self):
        """Completed earlier, but an editor has since added a required lesson this ambassador has not done."""
        return self.completed and bool(self.open_required_lessons)

    @property
    def updated_lessons(self):
        return [lesson for lesson in self.lessons if lesson.updated_since_completion]

    @property
    def started(self):
        return any(lesson.started for lesson in self.lessons)


@dataclass
class ProgrammeState:
    programme: ProgrammePage | None
    modules: list

    @property
    def required_modules(self):
        return [module for module in self.modules if module.page.is_required]

    @property
    def is_complete(self):
        required = self.required_modules
        return bool(required) and all(module.completed for module in required)

    @property
    def completed_modules(self):
        return [module for module in self.modules if module.completed]

    @property
    def completed_at(self):
        if not self.is_complete:
            return None
        return max(module.completion.completed_at for module in self.required_modules)

    @property
    def lesson_count(self):
        return sum(len(module.lessons) for module in self.modules)

    @property
    def completed_lesson_count(self):
        return sum(module.completed_count for module in self.modules)

    @property
    def percent(self):
        total = self.lesson_count
        return round(100 * self.completed_lesson_count / total) if total else 0

    def next_lesson(self):
        """Where to carry on: the first not-completed lesson after the most recent activity, else the first open one."""
        lessons = [lesson for module in self.modules for lesson in module.lessons]
        open_lessons = [lesson for lesson in lessons if not lesson.completed]
        if not open_lessons:
            return None
        started_open = [lesson for lesson in open_lessons if lesson.started]
        if started_open:
            return max(started_open, key=lambda lesson: lesson.progress.started_at)
        done = [lesson for lesson in lessons if lesson.completed]
        if done:
            last = max(done, key=lambda lesson: lesson.progress.completed_at)
            after = lessons[lessons.index(last) + 1 :]
            for lesson in after:
                if not lesson.completed:
                    return lesson
        return open_lessons[0]


def find_programme(locale=None):
    locale_id = locale.pk if locale is not None else active_locale_id()
    programme = ProgrammePage.objects.live().filter(locale_id=locale_id).first()
    if programme is None:
        programme = ProgrammePage.objects.live().filter(locale_id=default_locale_id()).first()
    return programme


def programme_state(user, programme=None, modules=None, lessons=None):
    """The whole programme with this user's progress: a fixed number of queries, whatever its size.

    `modules` and `lessons` (live, in tree order) may be passed in when the caller loaded them already.
    """
    programme = programme or find_programme()
    if programme is None:
        return ProgrammeState(programme=None, modules=[])
    if modules is None:
        modules = list(ModulePage.objects.child_of(programme).live().order_by("path"))
    if lessons is None:
        lessons = list(
            LessonPage.objects.descendant_of(programme).live().filter(depth=programme.depth + 2).order_by("path")
        )
    progress, completions, assessments = {}, {}, {}
    if user is not None and user.is_authenticated:
        progress = {row.lesson_key: row for row in LessonProgress.objects.filter(user=user)}
        completions = {row.module_key: row for row in ModuleCompletion.objects.filter(user=user)}
        for row in SelfAssessment.objects.filter(user=user):
            assessments.setdefault(row.module_key, {})[row.moment] = row
    by_path = {}
    states = []
    for module in modules:
        state = ModuleState(
            page=module,
            completion=completions.get(module.translation_key),
            assessments=assessments.get(module.translation_key, {}),
        )
        by_path[module.path] = state
        states.append(state)
    for lesson in lessons:
        module_state = by_path.get(parent_path(lesson))
        if module_state is not None:
            module_state.lessons.append(LessonState(page=lesson, progress=progress.get(lesson.translation_key)))
    return ProgrammeState(programme=programme, modules=states)
