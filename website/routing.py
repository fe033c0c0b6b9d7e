"""Fewer queries per page view: routing to a child in one query, view restrictions in one query.

Wagtail's `Page.route` finds a child as a plain `Page` and then loads `.specific`: two queries
per level of the URL. An index page whose children are (nearly) all of one type can ask for that
type straight away, so the row and its specific fields arrive in one joined query. If the slug is
not found among children of that type (another page type, or an alias), the standard routing
runs, so the result is always the same page as before.
"""

from django.contrib.contenttypes.models import ContentType


class TypedChildRoutingMixin:
    """Put before `Page` in the bases; set `routed_child_model` or rely on a single `subpage_types`."""

    routed_child_model = None
    # True: load all children of that type while routing and leave them on the child as
    # `_routed_siblings` (in tree order, live or not). Only for pages with a handful of children.
    route_loads_siblings = False

    @classmethod
    def get_routed_child_model(cls):
        model = cls.routed_child_model
        if isinstance(model, str):  # "Model" in this app, or "app_label.Model"
            from django.apps import apps

            return apps.get_model(model if "." in model else f"{cls._meta.app_label}.{model}")
        if model is not None:
            return model
        models = cls.clean_subpage_models()
        return models[0] if len(models) == 1 else None

    def route(self, request, path_components):
        model = self.get_routed_child_model() if path_components else None
        if model is not None:
            if self.route_loads_siblings:
                # Small sets of children (lessons of a module): load them all in the same one
                # query, so the page can list its siblings without asking again.
                siblings = list(model.objects.child_of(self).order_by("path"))
                child = next((page for page in siblings if page.slug == path_components[0]), None)
                for sibling in siblings:
                    sibling._cached_parent_obj = self
                if child is not None:
                    child._routed_siblings = siblings
            else:
                try:
                    child = model.objects.child_of(self).get(slug=path_components[0])
                except model.DoesNotExist:
                    child = None
            if child is not None:
                if child.content_type_id != ContentType.objects.get_for_model(model).pk:
                    child = child.specific  # a subclass of the expected type: load its own fields
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)


class ViewRestrictionsInOneQueryMixin:
    """`get_view_restrictions` in one query instead of two (ancestors, then restrictions).

    Same rules as Wagtail's: the page and each ancestor count, and an alias counts as the page it
    is an alias of (Wagtail never makes an alias of an alias). Run on every page view by Wagtail's
    `check_view_restrictions` hook.
    """

    def get_view_restrictions(self):
        from django.db.models import Q
        from django.db.models.functions import Coalesce
        from wagtail.models import Page, PageViewRestriction

        if self.alias_of_id or not self.path:
            return super().get_view_restrictions()
        steplen = self.steplen
        ancestor_paths = [self.path[:end] for end in range(steplen, len(self.path), steplen)]
        sources = (
            Page.objects.filter(path__in=ancestor_paths)
            .annotate(source_id=Coalesce("alias_of_id", "id"))
            .values("source_id")
        )
        return PageViewRestriction.objects.filter(Q(page_id=self.pk) | Q(page_id__in=sources))


class FewerPageQueriesMixin(TypedChildRoutingMixin, ViewRestrictionsInOneQueryMixin):
    """Both of the above, for page types whose URLs are visited a lot."""
