def log_in_as(page, site, email):
    """Log in through the form, as a person would (every persona shares the same password)."""
    page.context.clear_cookies()
    page.goto(site + "/account/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_role("button", name="Log in").click()
    # Return once the page after logging in has loaded: a caller that reads the page straight away (the CSP test's
    # document.body) otherwise races the navigation.
    page.wait_for_url(lambda url: "/account/login" not in url)
