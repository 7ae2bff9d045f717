"""The session's "Agenda and boards" tab: the page (`page`), its countdown and full-screen
timer (`timer`), "New session from plan…" (`plan_dialog`), its undo commands (`commands`),
what each kind of exercise opens (`openers`) and its menu items (`menus`)."""
