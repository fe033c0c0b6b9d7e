#!/usr/bin/env python
"""Data at scale: a programme with 500 organisations, 20,000 participants and 800,000 lesson-progress rows.

`build(scale)` adds, on top of whatever the database holds (the seeded demo, or a bare test site), at scale 1.0:

* 8 sectors (the demo's, topped up), 500 organisations, one of them large (5 % of all participants; the
  organisation of `demo-coordinator` when the demo is seeded);
* 20,000 participants: one coordinator per organisation, the rest ambassadors, in their Django groups, most with
  research consent;
* a programme of at least 60 lessons (the demo's modules, topped up with benchmark modules) and 800,000
  lesson-progress rows (every participant works through the lessons in order, 20 to 60 of them) with the module
  completions that follow from them;
* 200,000 activities, 40,000 self-assessments, 2,000 meetup registrations (on 20 extra meetups), 2,500
  invitations and 2,000 export-log rows.

Smaller scales shrink every count (at least one of each), so tests can build the same shapes in a second.
Calling `build` again adds another, independent batch (new usernames and slugs): tests build once, measure,
build again and compare. Rows go in with `bulk_create` in batches, so the full size takes minutes, not hours.

Command line (a throwaway database, see bench/throwaway.py; seed_demo first, then `build`):

    .venv/bin/python bench/scale.py --scale 0.1
    bin/with-postgres .venv/bin/python bench/scale.py
"""

import argparse
import datetime
import hashlib
import io
import itertools
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Counts at scale 1.0 (the sizes issue 15 names, plus invitations and export-log rows for their listings).
SECTORS = 8
ORGANISATIONS = 500
PARTICIPANTS = 20_000
LESSON_PROGRESS = 800_000
ACTIVITIES = 200_000
SELF_ASSESSMENTS = 40_000
MEETUP_REGISTRATIONS = 2_000
MEETUPS = 20
INVITATIONS = 2_500
EXPORT_LOGS = 2_000

LESSONS = 60  # the programme is topped up to this many lessons, independent of the scale
LESSONS_PER_MODULE = 8
LARGE_SHARE = 0.05  # the large organisation's share of all participants and invitations
CONSENT_SHARE = 0.7
BATCH_SIZE = 5000
FIRST_NAMES = [
    "Sanne",
    "Mehmet",
    "Fatima",
    "Jan",
    "Anouk",
    "Pieter",
    "Samira",
    "Kees",
    "Lotte",
    "Yusuf",
    "Noor",
    "Bram",
    "Ilse",
    "Daan",
    "Emma",
    "Ravi",
]
LAST_NAMES = [
    "de Vries",
    "Yilmaz",
    "Jansen",
    "Bakker",
    "El Amrani",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Dekker",
    "van Dijk",
]


@dataclass
class Scale:
    """What one `build` call made: counts per kind, and the records a benchmark or test logs in as or looks at."""

    prefix: str
    counts: dict = field(default_factory=dict)
    large_organisation: object = None
    coordinator: object = None  # a coordinator of the large organisation
    ambassador: object = None  # an ambassador of the large organisation, with progress and activities
    seconds: float = 0.0


def scaled(count, scale):
    return max(1, round(count * scale))


def build(scale=1.0, *, lessons=LESSONS, seed=15, batch_size=BATCH_SIZE, stdout=None):
    """Add one batch of data at `scale` (1.0 = the full size of issue 15) and return a `Scale`.

    `lessons`: the programme is topped up to at least this many lessons (tests pass fewer: pages are slow to make).
    """
    from django.db import transaction

    started = time.perf_counter()
    rng = random.Random(seed)
    say = stdout.write if stdout else (lambda _text: None)
    lessons = ensure_lessons(lessons)
    with transaction.atomic():
        prefix = _next_prefix()
        result = Scale(prefix=prefix)
        sectors = ensure_sectors()
        organisations, large = _organisations(prefix, scale, sectors, rng, result)
        people = _participants(prefix, scale, organisations, large, rng, batch_size, result)
        say(f"{prefix}: {len(organisations)} organisations, {len(people)} participants\n")
        _lesson_progress(scale, people, lessons, batch_size, result)
        say(f"{prefix}: {result.counts['lesson_progress']} lesson-progress rows\n")
        _activities(scale, people, large, rng, batch_size, result)
        _self_assessments(scale, people, lessons, rng, batch_size, result)
        _meetup_registrations(prefix, scale, people, rng, batch_size, result)
        _invitations(scale, organisations, large, rng, batch_size, result)
        _export_logs(scale, rng, batch_size, result)
    result.seconds = time.perf_counter() - started
    say(f"{prefix}: built in {result.seconds:.0f} s: {result.counts}\n")
    return result


def _next_prefix():
    """A fresh prefix for usernames and slugs, so every call adds an independent batch."""
    from community.models import Organisation

    for n in itertools.count(1):
        prefix = f"scale{n}"
        if not Organisation.objects.filter(slug__startswith=f"{prefix}-").exists():
            return prefix


def ensure_sectors():
    """The sectors, topped up to eight with benchmark sectors."""
    from community.models import Sector

    sectors = list(Sector.objects.order_by("pk"))
    for n in range(len(sectors), SECTORS):
        sectors.append(
            Sector.objects.create(slug=f"scale-sector-{n + 1}", name=f"Sector {n + 1}", name_en=f"Sector {n + 1}")
        )
    return sectors


def ensure_lessons(minimum=LESSONS):
    """The live Dutch lessons as (lesson, module), in programme order, topped up to `minimum` with benchmark modules.

    Builds a programme page under the home page when there is none (a bare test site).
    """
    from wagtail.models import Locale

    from programme.models import LessonPage, ModulePage, ProgrammePage
    from website.demo import ensure_home_page
    from website.seeding import get_or_create_child_page

    locale = Locale.get_default()
    programme = ProgrammePage.objects.filter(locale=locale).first()
    if programme is None:
        programme = get_or_create_child_page(
            ensure_home_page(), ProgrammePage, "programma", title="Ontwikkelprogramma", show_in_menus=True
        )
    existing = LessonPage.objects.descendant_of(programme).live().count()
    for m in range(max(0, minimum - existing + LESSONS_PER_MODULE - 1) // LESSONS_PER_MODULE):
        module = get_or_create_child_page(
            programme,
            ModulePage,
            f"scale-module-{m + 1}",
            title=f"Verdieping {m + 1}",
            intro="Extra lessen voor de meting.",
        )
        for n in range(LESSONS_PER_MODULE):
            get_or_create_child_page(
                module,
                LessonPage,
                f"scale-les-{m + 1}-{n + 1}",
                title=f"Verdieping {m + 1}.{n + 1}",
                intro="Korte les.",
            )
    modules = {module.path: module for module in ModulePage.objects.child_of(programme).live()}
    steplen = LessonPage.steplen
    return [
        (lesson, modules[lesson.path[:-steplen]])
        for lesson in LessonPage.objects.descendant_of(programme).live().order_by("path")
        if lesson.path[:-steplen] in modules
    ]


def _organisations(prefix, scale, sectors, rng, result):
    from community.models import Organisation, Province, SizeClass
    from programme.models import AmbassadorProfile

    demo = AmbassadorProfile.objects.filter(user__username="demo-coordinator").select_related("organisation").first()
    count = scaled(ORGANISATIONS, scale)
    provinces, sizes = list(Province.values), list(SizeClass.values)
    created = Organisation.objects.bulk_create(
        [
            Organisation(
                name=f"Organisatie {prefix} {n + 1:04d}",
                slug=f"{prefix}-org-{n + 1}",
                sector=sectors[n % len(sectors)],
                province=rng.choice(provinces),
                size_class=SizeClass.LARGE if n == 0 else rng.choice(sizes),
                ambassadors_since=datetime.date(2023 + n % 3, 1 + n % 12, 1),
                listed_publicly=n % 4 != 0,
            )
            for n in range(count)
        ]
    )
    organisations = list(Organisation.objects.filter(slug__startswith=f"{prefix}-org-").order_by("pk"))
    # The first batch makes the demo coordinator's organisation the large one, so the demo account sees it.
    large = demo.organisation if demo and prefix == "scale1" else organisations[0]
    if large not in organisations:
        organisations[0] = large
    result.counts["organisations"] = len(created)
    result.large_organisation = large
    return organisations, large


def _participants(prefix, scale, organisations, large, rng, batch_size, result):
    """Users with profiles and groups; returns [(user_id, profile kind, organisation_id, consent)]."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from programme.models import AmbassadorProfile, Cohort, JobCategory
    from website import roles

    User = get_user_model()
    count = max(scaled(PARTICIPANTS, scale), len(organisations) + 2)
    # 5 % of everyone, and with only a few organisations (small scales) still the largest by far.
    large_count = max(2, round(count * max(LARGE_SHARE, 2 / (len(organisations) + 1))))
    others = [o for o in organisations if o.pk != large.pk]
    cohorts = list(Cohort.objects.all()) or [
        Cohort.objects.create(slug="scale-cohort", name="Cohort meting", start_date=datetime.date(2025, 1, 6))
    ]
    # Who works where: a coordinator for every organisation first, then the ambassadors.
    placement = [(AmbassadorProfile.Kind.COORDINATOR, o) for o in organisations]
    placement += [(AmbassadorProfile.Kind.AMBASSADOR, large)] * (large_count - 1)
    placement += [
        (AmbassadorProfile.Kind.AMBASSADOR, others[n % len(others)] if others else large)
        for n in range(count - len(placement))
    ]
    now = timezone.now()
    groups = {
        kind: Group.objects.get_or_create(name=name)[0].pk
        for kind, name in [
            (AmbassadorProfile.Kind.AMBASSADOR, roles.AMBASSADORS),
            (AmbassadorProfile.Kind.COORDINATOR, roles.COORDINATORS),
        ]
    }
    jobs = list(JobCategory.values)
    people = []
    for start in range(0, len(placement), batch_size):
        chunk = placement[start : start + batch_size]
        usernames = [f"{prefix}-{start + n + 1}" for n in range(len(chunk))]
        User.objects.bulk_create(
            [
                User(
                    username=username,
                    email=f"{username}@example.org",
                    password="!",
                    first_name=FIRST_NAMES[(start + n) % len(FIRST_NAMES)],
                    last_name=LAST_NAMES[(start + n) // len(FIRST_NAMES) % len(LAST_NAMES)],
                    is_active=(start + n) % 50 != 49,
                )
                for n, username in enumerate(usernames)
            ]
        )
        ids = dict(User.objects.filter(username__in=usernames).values_list("username", "pk"))
        profiles, memberships = [], []
        for n, (kind, organisation) in enumerate(chunk):
            user_id = ids[usernames[n]]
            consent = kind == AmbassadorProfile.Kind.AMBASSADOR and rng.random() < CONSENT_SHARE
            profiles.append(
                AmbassadorProfile(
                    user_id=user_id,
                    kind=kind,
                    organisation_id=organisation.pk,
                    cohort=cohorts[(start + n) % len(cohorts)],
                    job_category=jobs[(start + n) % len(jobs)],
                    start_date=datetime.date(2025, 1 + n % 12, 1),
                    research_consent_at=now if consent else None,
                    research_consent_version="2025-01" if consent else "",
                )
            )
            memberships.append(User.groups.through(user_id=user_id, group_id=groups[kind]))
            people.append((user_id, kind, organisation.pk, consent))
        AmbassadorProfile.objects.bulk_create(profiles)
        User.groups.through.objects.bulk_create(memberships)
    result.counts["participants"] = len(people)
    large_people = [p for p in people if p[2] == large.pk]
    result.coordinator = User.objects.get(pk=next(p[0] for p in large_people if p[1] == "coordinator"))
    result.ambassador = User.objects.get(pk=next(p[0] for p in large_people if p[1] == "ambassador"))
    return people


def _bulk(model, rows, batch_size):
    """bulk_create from an iterable, `batch_size` rows at a time, without holding all of them in memory."""
    total = 0
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, batch_size)):
        model.objects.bulk_create(batch, batch_size=batch_size)
        total += len(batch)
    return total


def _lesson_progress(scale, people, lessons, batch_size, result):
    """Every participant works through the lessons in order: 20 to 60 started, all but the last one completed."""
    from django.utils import timezone

    from programme.models import LessonProgress, ModuleCompletion, ModuleStart

    target = scaled(LESSON_PROGRESS, scale)
    now = timezone.now()
    last_lesson_of_module = {
        lesson.pk
        for (lesson, module), following in zip(lessons, lessons[1:] + [(None, None)], strict=False)
        if following[1] is not module
    }
    revisions = {lesson.pk: lesson.latest_revision_id for lesson, _module in lessons}
    completions, starts = [], []

    # 20 to 60 lessons each (40 on average), topped up round-robin until the target is reached.
    taken = [min(len(lessons), 20 + (n * 37) % 41) for n in range(len(people))]
    shortfall = target - sum(taken)
    while shortfall > 0 and any(count < len(lessons) for count in taken):
        for n, count in enumerate(taken):
            if shortfall and count < len(lessons):
                taken[n] += 1
                shortfall -= 1
    while shortfall < 0:
        n = max(range(len(taken)), key=taken.__getitem__)
        cut = min(-shortfall, taken[n])
        taken[n] -= cut
        shortfall += cut

    def rows():
        for n, (user_id, *_rest) in enumerate(people):
            started = now - datetime.timedelta(days=300 - n % 200)
            module_started = {}
            for position, (lesson, module) in enumerate(lessons[: taken[n]]):
                done = position < taken[n] - 1
                at = started + datetime.timedelta(hours=position * 20)
                if module.pk not in module_started:
                    module_started[module.pk] = at
                    starts.append(ModuleStart(user_id=user_id, module_key=module.translation_key, started_at=at))
                yield LessonProgress(
                    user_id=user_id,
                    lesson_key=lesson.translation_key,
                    lesson_id=lesson.pk,
                    module_key=module.translation_key,
                    started_at=at,
                    completed_at=at + datetime.timedelta(minutes=25) if done else None,
                    completed_revision_id=revisions[lesson.pk] if done else None,
                )
                if done and lesson.pk in last_lesson_of_module:
                    completions.append(
                        ModuleCompletion(
                            user_id=user_id,
                            module_key=module.translation_key,
                            module_id=module.pk,
                            started_at=module_started[module.pk],
                            completed_at=at,
                        )
                    )

    result.counts["lesson_progress"] = _bulk(LessonProgress, rows(), batch_size)
    result.counts["module_completions"] = _bulk(ModuleCompletion, completions, batch_size)
    result.counts["module_starts"] = _bulk(ModuleStart, starts, batch_size)


def _activities(scale, people, large, rng, batch_size, result):
    """Activities over the last year; the large organisation's ambassadors log their share of them."""
    from django.utils import timezone

    from activitylog.models import Activity, ActivityType, LearningKind, ReferralDestination

    target = scaled(ACTIVITIES, scale)
    ambassadors = [p for p in people if p[1] == "ambassador"]
    today = timezone.localdate()
    created = timezone.now()
    types, kinds, destinations = list(ActivityType.values), list(LearningKind.values), list(ReferralDestination.values)

    def rows():
        for n in range(target):
            user_id, _kind, organisation_id, _consent = ambassadors[n % len(ambassadors)]
            reached = rng.randint(1, 12)
            interested = rng.randint(0, reached)
            registered = rng.randint(0, interested)
            started = rng.randint(0, registered)
            completed = rng.randint(0, started)
            yield Activity(
                user_id=user_id,
                organisation_id=organisation_id,
                date=today - datetime.timedelta(days=rng.randint(0, 364)),
                activity_type=rng.choice(types),
                colleagues_reached=reached,
                interested=interested,
                registered=registered,
                started=started,
                completed=completed,
                certificates=rng.randint(0, completed),
                learning_kind=rng.choice(kinds) if registered else "",
                referral_destination=rng.choice(destinations) if n % 3 == 0 else "",
                created_at=created,
                updated_at=created,
            )

    result.counts["activities"] = _bulk(Activity, rows(), batch_size)


def _self_assessments(scale, people, lessons, rng, batch_size, result):
    """Before and after the first modules, ambassador by ambassador."""
    from programme.models import SelfAssessment

    target = scaled(SELF_ASSESSMENTS, scale)
    module_keys = list(dict.fromkeys(module.translation_key for _lesson, module in lessons))
    ambassadors = [p for p in people if p[1] == "ambassador"]
    slots = (
        (user_id, module_key, moment)
        for module_key in module_keys
        for user_id, *_rest in ambassadors
        for moment in (SelfAssessment.Moment.BEFORE, SelfAssessment.Moment.AFTER)
    )

    def rows():
        for user_id, module_key, moment in itertools.islice(slots, target):
            base = 2 if moment == SelfAssessment.Moment.BEFORE else 3
            yield SelfAssessment(
                user_id=user_id,
                module_key=module_key,
                moment=moment,
                **{question: min(5, base + rng.randint(0, 2)) for question in SelfAssessment.QUESTIONS},
            )

    result.counts["self_assessments"] = _bulk(SelfAssessment, rows(), batch_size)


def _meetup_registrations(prefix, scale, people, rng, batch_size, result):
    """Extra meetups (half of them past) under the meetup index, and registrations for them."""
    from django.utils import timezone

    from community.models import MeetupIndexPage, MeetupPage, MeetupRegistration
    from website.demo import ensure_home_page
    from website.seeding import get_or_create_child_page

    index = MeetupIndexPage.objects.first() or get_or_create_child_page(
        ensure_home_page(), MeetupIndexPage, "bijeenkomsten", title="Bijeenkomsten"
    )
    now = timezone.now()
    meetups = []
    for n in range(scaled(MEETUPS, scale)):
        start = now + datetime.timedelta(days=(n - MEETUPS // 2) * 7)
        meetups.append(
            get_or_create_child_page(
                index,
                MeetupPage,
                f"{prefix}-bijeenkomst-{n + 1}",
                title=f"Intervisie {prefix} {n + 1}",
                start_at=start,
                end_at=start + datetime.timedelta(hours=2),
                location="Utrecht",
                capacity=100,
                kind=MeetupPage.Kind.INTERVISION,
            )
        )
    target = scaled(MEETUP_REGISTRATIONS, scale)

    def rows():
        ambassadors = [p for p in people if p[1] == "ambassador"]
        for n, (user_id, *_rest) in enumerate(ambassadors[:target]):
            yield MeetupRegistration(
                meetup_id=meetups[n % len(meetups)].pk,
                user_id=user_id,
                status=MeetupRegistration.Status.CONFIRMED if n % 10 else MeetupRegistration.Status.WAITING,
                created_at=now - datetime.timedelta(hours=n),
            )

    result.counts["meetups"] = len(meetups)
    result.counts["meetup_registrations"] = _bulk(MeetupRegistration, rows(), batch_size)


def _invitations(scale, organisations, large, rng, batch_size, result):
    """Open, used, expired and revoked invitations; the large organisation has its share."""
    from django.utils import timezone

    from programme.models import AmbassadorProfile, Invitation

    target = scaled(INVITATIONS, scale)
    large_count = max(1, round(target * LARGE_SHARE))
    now = timezone.now()

    def rows():
        for n in range(target):
            organisation = large if n < large_count else organisations[n % len(organisations)]
            created = now - datetime.timedelta(days=n % 40, minutes=n)
            state = n % 4
            yield Invitation(
                token_hash=hashlib.sha256(f"{organisation.pk}-{n}-{rng.random()}".encode()).hexdigest(),
                organisation_id=organisation.pk,
                note=f"Collega {n + 1}",
                kind=AmbassadorProfile.Kind.COORDINATOR if n % 25 == 0 else AmbassadorProfile.Kind.AMBASSADOR,
                created_at=created,
                expires_at=created + datetime.timedelta(days=14),
                used_at=created + datetime.timedelta(days=1) if state == 1 else None,
                revoked_at=created + datetime.timedelta(days=2) if state == 2 else None,
            )

    result.counts["invitations"] = _bulk(Invitation, rows(), batch_size)


def _export_logs(scale, rng, batch_size, result):
    from evaluation.models import ExportLog

    target = scaled(EXPORT_LOGS, scale)

    def rows():
        for n in range(target):
            failed = n % 20 == 0
            yield ExportLog(
                actor="demo-researcher",
                source=ExportLog.Source.ADMIN if n % 3 else ExportLog.Source.COMMAND,
                dataset=rng.choice(["activities", "lesson_progress", "self_assessments"]),
                export_format=rng.choice(["csv", "xlsx", "datapackage"]),
                filters={"sector": "schoonmaak"} if n % 2 else {},
                row_counts={} if failed else {"rows": rng.randint(10, 50_000)},
                status=ExportLog.Status.FAILED if failed else ExportLog.Status.SUCCEEDED,
                error="Geen toestemming" if failed else "",
            )

    result.counts["export_logs"] = _bulk(ExportLog, rows(), batch_size)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = the full size of issue 15.")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    return parser.parse_args()


def main():
    args = parse_args()
    from bench import throwaway

    with tempfile.TemporaryDirectory(prefix="scale-bench-") as work_dir:
        connection, old_name = throwaway.create(work_dir, "bench_scale")
        try:
            from django.core.management import call_command

            started = time.perf_counter()
            call_command("seed_demo", stdout=io.StringIO())
            print(f"seed_demo in {time.perf_counter() - started:.0f} s ({connection.vendor})", flush=True)
            build(args.scale, batch_size=args.batch_size, stdout=sys.stdout)
        finally:
            throwaway.destroy(connection, old_name)


if __name__ == "__main__":
    main()
