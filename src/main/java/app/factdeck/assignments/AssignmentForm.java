package app.factdeck.assignments;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The new/edit assignment form read into an {@link Assignment.Draft}, or a message per field. Times are typed as
 * an {@code <input type="datetime-local">} ("2027-03-05T17:00") in the chosen zone; every value typed comes back
 * (cut to what a page can show) when the form is refused.
 */
final class AssignmentForm {

    static final int DEFAULT_DRAWN = 10;
    private static final int MAX_ECHO = 200;
    private static final int MAX_ZONE = 64;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);

    /** The article's questions a fixed set may hold, by id (as the review queue gives them to students). */
    interface Questions {
        Optional<Set<String>> of(String articleSlug);
    }

    record Read(Optional<Assignment.Draft> draft, Map<String, String> values, List<String> ticked,
                Map<String, String> errors) {
    }

    private AssignmentForm() {
    }

    /** The values a new form starts with. */
    static Map<String, String> defaults(ZoneId zone, String articleSlug) {
        Map<String, String> v = new HashMap<>();
        v.put("title", "");
        v.put("article", articleSlug);
        v.put("mode", "drawn");
        v.put("drawn", String.valueOf(DEFAULT_DRAWN));
        v.put("opens", "");
        v.put("due", "");
        v.put("lateUntil", "");
        v.put("zone", zone.getId());
        v.put("attempts", "1");
        v.put("counts", "best");
        v.put("answers", "immediately");
        return v;
    }

    /** An existing assignment's values, to edit. */
    static Map<String, String> values(Assignment a) {
        AssignmentRules r = a.rules();
        Map<String, String> v = defaults(r.zone(), a.articleSlug());
        v.put("title", a.title());
        v.put("mode", a.isFixed() ? "fixed" : "drawn");
        v.put("drawn", a.isFixed() ? String.valueOf(DEFAULT_DRAWN) : String.valueOf(a.drawn()));
        v.put("opens", r.opensAt().map(t -> local(t, r.zone())).orElse(""));
        v.put("due", r.dueAt().map(t -> local(t, r.zone())).orElse(""));
        v.put("lateUntil", r.lateUntil().map(t -> local(t, r.zone())).orElse(""));
        v.put("attempts", String.valueOf(r.attemptsAllowed()));
        v.put("counts", r.counts().name().toLowerCase(Locale.ROOT));
        v.put("answers", AssignmentStore.slug(r.answers()));
        return v;
    }

    static String local(Instant t, ZoneId zone) {
        return LOCAL.format(t.atZone(zone));
    }

    static Read read(Map<String, List<String>> form, Questions questions) {
        Map<String, String> v = new HashMap<>();
        for (String name : List.of("title", "article", "mode", "drawn", "opens", "due", "lateUntil", "zone", "attempts",
                "counts", "answers")) {
            List<String> sent = form.getOrDefault(name, List.of());
            String value = sent.isEmpty() || sent.get(0) == null ? "" : sent.get(0).strip();
            v.put(name, value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) : value);
        }
        Map<String, String> errors = new HashMap<>();
        List<String> titles = form.getOrDefault("title", List.of());
        String title = titles.isEmpty() || titles.get(0) == null ? "" : titles.get(0).strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            errors.put("title", "Give the assignment a title, e.g. Week 3: the summit.");
        } else if (title.length() > Assignment.MAX_TITLE) {
            errors.put("title", "A title has at most " + Assignment.MAX_TITLE + " characters; this one has "
                    + title.length() + ".");
        }
        String slug = v.get("article");
        Optional<Set<String>> available = slug.isEmpty() ? Optional.empty() : questions.of(slug);
        if (available.isEmpty()) {
            errors.put("article", slug.isEmpty() ? "Choose the article whose questions the students answer."
                    : "There is no article '" + slug + "' with questions for students. Choose one from the list.");
        }
        // Each ticked question once, in the order the page lists them.
        List<String> ticked = new ArrayList<>(new LinkedHashSet<>(form.getOrDefault("question", List.of()).stream()
                .filter(q -> q != null && q.length() <= 200).toList()));
        int drawn = 0;
        List<String> fixed = List.of();
        if (v.get("mode").equals("fixed")) {
            if (ticked.isEmpty()) {
                errors.put("question", "Tick the questions every student answers (at least one).");
            } else if (ticked.size() > Assignment.MAX_QUESTIONS) {
                errors.put("question", "A fixed set has at most " + Assignment.MAX_QUESTIONS + " questions; "
                        + ticked.size() + " are ticked.");
            } else if (available.isPresent() && !available.get().containsAll(ticked)) {
                errors.put("question", "Some ticked questions are not this article's (the article was changed, or "
                        + "they were withdrawn). Tick them again from the list below.");
            }
            fixed = ticked;
        } else if (v.get("mode").equals("drawn")) {
            drawn = number(v.get("drawn"), 1, Assignment.MAX_QUESTIONS);
            if (drawn == 0) {
                errors.put("drawn", "Give a number of questions from 1 to " + Assignment.MAX_QUESTIONS + ".");
            }
        } else {
            errors.put("mode", "Choose drawn questions or a fixed set.");
        }
        ZoneId zone = null;
        try {
            if (v.get("zone").length() <= MAX_ZONE && !v.get("zone").isEmpty()) {
                zone = ZoneId.of(v.get("zone"));
            }
        } catch (DateTimeException e) {
            zone = null;
        }
        if (zone == null) {
            errors.put("zone", "Choose a time zone from the list.");
        }
        Optional<Instant> opens = time(v, "opens", zone, errors);
        Optional<Instant> due = time(v, "due", zone, errors);
        Optional<Instant> lateUntil = time(v, "lateUntil", zone, errors);
        if (opens.isPresent() && due.isPresent() && !opens.get().isBefore(due.get())) {
            errors.putIfAbsent("due", "The due time must be after the opening time.");
        }
        // What was typed decides these, so that a zone to fix does not hide them.
        boolean dueTyped = !v.get("due").isEmpty();
        if (!v.get("lateUntil").isEmpty() && !dueTyped) {
            errors.putIfAbsent("lateUntil", "Late submissions need a due time to follow; give one, or leave this empty.");
        } else if (lateUntil.isPresent() && due.isPresent() && !lateUntil.get().isAfter(due.get())) {
            errors.putIfAbsent("lateUntil", "“Late until” must be after the due time.");
        }
        int attempts = v.get("attempts").equals("0") ? 0 : number(v.get("attempts"), 1, AssignmentRules.MAX_ATTEMPTS);
        if (attempts == 0 && !v.get("attempts").equals("0")) {
            errors.put("attempts", "Choose how many attempts: 1 to " + AssignmentRules.MAX_ATTEMPTS + ", or unlimited.");
            attempts = 1;
        }
        AssignmentRules.Counts counts = switch (v.get("counts")) {
            case "best" -> AssignmentRules.Counts.BEST;
            case "first" -> AssignmentRules.Counts.FIRST;
            case "last" -> AssignmentRules.Counts.LAST;
            default -> {
                errors.put("counts", "Choose which attempt counts.");
                yield AssignmentRules.Counts.BEST;
            }
        };
        AssignmentRules.Answers answers = switch (v.get("answers")) {
            case "immediately" -> AssignmentRules.Answers.IMMEDIATELY;
            case "after-last-attempt" -> AssignmentRules.Answers.AFTER_LAST_ATTEMPT;
            case "after-due" -> AssignmentRules.Answers.AFTER_DUE;
            default -> {
                errors.put("answers", "Choose when the students see the answers.");
                yield AssignmentRules.Answers.IMMEDIATELY;
            }
        };
        if (answers == AssignmentRules.Answers.AFTER_DUE && !dueTyped) {
            errors.put("answers", "“After the assignment closes” needs a due time; give one, or choose another moment.");
        }
        if (!errors.isEmpty()) {
            return new Read(Optional.empty(), v, ticked, errors);
        }
        AssignmentRules rules = new AssignmentRules(opens, due, lateUntil, attempts, counts, answers, zone);
        return new Read(Optional.of(new Assignment.Draft(title, slug, drawn, fixed, rules)), v, ticked, errors);
    }

    private static Optional<Instant> time(Map<String, String> v, String name, ZoneId zone, Map<String, String> errors) {
        String typed = v.get(name);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.parse(typed);
            if (local.getYear() < 2000 || local.getYear() > 2999) {
                errors.put(name, "Give a date between the years 2000 and 2999.");
                return Optional.empty();
            }
            // A time in a daylight-saving gap moves forward by the gap, as clocks do.
            return zone == null ? Optional.empty() : Optional.of(local.atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            errors.put(name, "Give a date and time such as 2027-03-05T17:00, or leave this empty.");
            return Optional.empty();
        }
    }

    /** The number when it is one from {@code min} to {@code max}, else 0. */
    private static int number(String typed, int min, int max) {
        if (!typed.matches("\\d{1,3}")) {
            return 0;
        }
        int n = Integer.parseInt(typed);
        return n >= min && n <= max ? n : 0;
    }
}
