package app.factdeck.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A complete (not necessarily right) answer to whatever question a quiz page shows, read from the page's own form
 * fields, so a test can get past any question type without knowing it: the first option of each radio group and
 * checkbox group, for the n-th drop-down its n-th choice (distinct positions for ordering, a choice for each gap
 * or match), and {@code typed} in every text box.
 */
public final class QuizForms {

    private static final Pattern FORM = Pattern.compile("(?s)<form[^>]*class=\"[^\"]*quiz-form[^\"]*\"[^>]*>(.*?)</form>");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("(?s)<select\\b([^>]*)>(.*?)</select>");
    private static final Pattern OPTION_VALUE = Pattern.compile("<option\\b[^>]*value=\"([^\"]+)\"");

    private QuizForms() {
    }

    public static Map<String, String> anyCompleteAnswer(String page, String typed) {
        Matcher f = FORM.matcher(page);
        String form = f.find() ? f.group(1) : page;
        Map<String, String> answer = new LinkedHashMap<>();
        Matcher in = INPUT.matcher(form);
        while (in.find()) {
            String attrs = in.group(1);
            String name = attr(attrs, "name");
            String type = attr(attrs, "type");
            if (name == null || name.equals("csrf") || type == null || type.equals("hidden") || type.equals("submit")) {
                continue;
            }
            if (type.equals("radio") || type.equals("checkbox")) {
                answer.putIfAbsent(name, StringEscapeUtils.unescapeHtml4(attr(attrs, "value")));
            } else {
                answer.putIfAbsent(name, typed);
            }
        }
        Matcher s = SELECT.matcher(form);
        int n = 0;
        while (s.find()) {
            List<String> values = new ArrayList<>();
            Matcher o = OPTION_VALUE.matcher(s.group(2));
            while (o.find()) {
                values.add(StringEscapeUtils.unescapeHtml4(o.group(1)));
            }
            if (!values.isEmpty()) {
                answer.put(attr(s.group(1), "name"), values.get(n % values.size()));
            }
            n++;
        }
        return answer;
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? m.group(1) : null;
    }
}
