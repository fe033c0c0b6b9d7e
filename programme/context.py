"""What the programme's page templates show: the context each page model's get_context adds.

Reading only. A lesson's first visit is written by `LessonPage.serve` (see `is_real_visit`), never here:
previews, prefetches and HEAD requests build the same context and must leave no trace.
"""

from . import access, progress
from .models import (
    KnowledgeCheckAnswer,
    LessonPage,
    LessonProgress,
    ModuleCompletion,
    ModulePage,
    ReflectionAnswer,
    SelfAssessment,
)

# Headers with which browsers announce a request that no person asked for (yet): link prefetch,
# speculation rules (prefetch and prerender), Firefox's and Safari's own.
SPECULATIVE_HEADERS = ("Sec-Purpose", "Purpose", "X-Purpose", "X-Moz")
SPECULATIVE_VALUES = ("prefetch", "prerender", "preview")


def is_speculative(request):
    for header in SPECULATIVE_HEADERS:
        value = request.headers.get(header, "").lower()
        if any(word in value for word in SPECULATIVE_VALUES):
            return True
    return False


def is_real_visit(request):
    """A person opened the page: a GET, signed in, not an editor's preview, not a prefetch or prerender."""
    return (
        request.method == "GET"
        and request.user.is_authenticated
        and not getattr(request, "is_preview", False)
        and not is_speculative(request)
    )


def programme_page_context(page, request):
    if not page.pk:  # a preview of a page that is not saved yet
        return {"modules": [], "state": None}
    modules = list(ModulePage.objects.child_of(page).live().order_by("path").select_related("image"))
    lessons = list(
        LessonPage.objects.descendant_of(page).live().filter(depth=page.depth + 2).order_by("path").defer_streamfields()
    )
    lesson_counts = {}
    for lesson in lessons:
        key = progress.parent_path(lesson)
        lesson_counts[key] = lesson_counts.get(key, 0) + 1
    for module in modules:
        module.lesson_count = lesson_counts.get(module.path, 0)
    state = None
    if access.can_track_progress(request.user):
        # The modules and lessons loaded above serve the progress overview too.
        state = progress.programme_state(request.user, page, modules=modules, lessons=lessons)
    return {"modules": modules, "state": state}


def module_page_context(page, request):
    if not page.pk:  # a preview of a page that is not saved yet
        return {"lessons": [], "can_track": False}
    lessons = list(LessonPage.objects.child_of(page).live().order_by("path"))
    context = {"lessons": lessons, "can_track": False}
    if access.can_track_progress(request.user):
        rows = {
            row.lesson_key: row
            for row in LessonProgress.objects.filter(
                user=request.user, lesson_key__in=[lesson.translation_key for lesson in lessons]
            )
        }
        for lesson in lessons:
            lesson.user_progress = rows.get(lesson.translation_key)
        assessments = {
            row.moment: row for row in SelfAssessment.objects.filter(user=request.user, module_key=page.translation_key)
        }
        context.update(
            can_track=True,
            completion=ModuleCompletion.objects.filter(user=request.user, module_key=page.translation_key).first(),
            assessment_before=assessments.get(SelfAssessment.Moment.BEFORE),
            assessment_after=assessments.get(SelfAssessment.Moment.AFTER),
        )
    return context


def _lesson_module(page):
    if not (page.pk and page.path):
        return None
    # Routing already loaded the module and left it on the lesson: no second query for it.
    cached = getattr(page, "_cached_parent_obj", None)
    parent_path = progress.parent_path(page)
    if isinstance(cached, ModulePage) and cached.path == parent_path:
        return cached
    return ModulePage.objects.filter(path=parent_path).first()


def lesson_page_context(page, request):
    """The lesson, its module's lessons and the visitor's own progress and answers.

    `record_visit` is True when the visitor takes part and has no progress row for this lesson yet:
    `LessonPage.serve` then records the visit, if the request is a real one.
    """
    user = request.user
    module = _lesson_module(page)
    siblings = getattr(page, "_routed_siblings", None)
    if module is not None and siblings is not None and module is getattr(page, "_cached_parent_obj", None):
        lessons = [lesson for lesson in siblings if lesson.live]  # loaded while routing to this lesson
    else:
        lessons = list(LessonPage.objects.child_of(module).live().order_by("path")) if module else [page]
    position = next((index for index, lesson in enumerate(lessons) if lesson.pk == page.pk), None)
    context = {
        "module": module,
        "lessons": lessons,
        "previous_lesson": lessons[position - 1] if position else None,
        "next_lesson": lessons[position + 1] if position is not None and position + 1 < len(lessons) else None,
        "can_view_body": access.can_view_lesson_body(user),
        "can_track": False,
        "record_visit": False,
    }
    if module is None or not page.live or not access.can_track_progress(user):
        return context
    rows = {
        row.lesson_key: row
        for row in LessonProgress.objects.filter(
            user=user, lesson_key__in=[lesson.translation_key for lesson in lessons]
        )
    }
    current = rows.get(page.translation_key)
    for lesson in lessons:
        lesson.user_progress = rows.get(lesson.translation_key)
    # Answers are only looked up when the lesson has questions of that kind.
    block_types = {block.get("type") for block in page.body.raw_data if block}
    knowledge_answers = {}
    if "knowledge_check" in block_types:
        for answer in KnowledgeCheckAnswer.objects.filter(user=user, lesson_key=page.translation_key).order_by(
            "answered_at"
        ):
            knowledge_answers[answer.block_id] = answer  # the latest answer per question wins
    reflections = {}
    if "reflection" in block_types:
        reflections = {
            answer.block_id: answer
            for answer in ReflectionAnswer.objects.filter(user=user, lesson_key=page.translation_key)
        }
    context.update(
        can_track=True,
        progress=current,
        record_visit=current is None,
        updated_since_completion=bool(current and page.is_updated_since(current.completed_at)),
        reflections=reflections,
        knowledge_answers=knowledge_answers,
        # A callable: the template engine only runs the query if a template asks for it.
        module_completion=lambda: ModuleCompletion.objects.filter(user=user, module_key=module.translation_key).first(),
    )
    return context
