def programme_page_context(page, request):
    return {}


def module_page_context(page, request):
    return {}


def lesson_page_context(page, request):
    return {}
