from .registration import fill_free_places


def fill_places_after_publish(sender, instance, **kwargs):
    """An editor may raise the capacity: move the waiting list up straight away."""
    fill_free_places(instance)
