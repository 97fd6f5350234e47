package app.factdeck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An address whose id is no number (letters, a sign, 0, a leading zero, more digits than a long holds) names
 * nothing: on a representative route of every controller with ids in its path it is the 404 page with the same
 * words as for an id that does not exist, never a 400 or a 500.
 */
class MalformedIdsRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String ESP = "espreso-nato-troops-warning";
    private static final List<String> MALFORMED = List.of("abc", "-3", "0", "007", "%2B7", "9223372036854775808",
            "9".repeat(500));
    private static WebClient student;
    private static WebClient teacher;
    private static WebClient admin;
    private static String classPath;
    private static String quizPath;

    @BeforeAll
    static void aClassWithAStudentWhoHasAQuiz() {
        teacher = signedIn("tess", PASSWORD, "teacher");
        admin = signedIn("ada", PASSWORD, "admin");
        student = signedIn("stu", PASSWORD, "student");
        teacher.get("/teacher/classes");
        classPath = teacher.post("/teacher/classes", Map.of("name", "History 9B")).headers().firstValue("Location")
                .orElseThrow();
        String code = teacher.get(classPath).body().replaceAll("(?s).*id=\"join-code\">([A-Z0-9]+)<.*", "$1");
        student.get("/join");
        assertEquals(200, student.post("/join", Map.of("code", code)).statusCode());
        student.get("/articles/" + ESP);
        quizPath = student.post("/articles/" + ESP + "/quiz", Map.of()).headers().firstValue("Location")
                .orElseThrow();
    }

    @Test
    void classesAndTheirRosters() {
        String noClass = "There is no such class. Your classes are listed under Classes.";
        everyMalformedId(bad -> teacher.get("/teacher/classes/" + bad), noClass);
        notFound(teacher.get("/teacher/classes/999999"), noClass); // the same words as for a class never made
        teacher.get(classPath);
        everyMalformedId(bad -> teacher.post("/teacher/classes/" + bad + "/students", Map.of("name", "Nina")), noClass);
        everyMalformedId(bad -> teacher.get(classPath + "/remove/" + bad),
                "That student is not in History 9B (any more). The students in it are listed on the class page.");
    }

    @Test
    void passwordResets() {
        everyMalformedId(bad -> teacher.get(classPath + "/students/" + bad + "/password"),
                "That student is not in History 9B. The students in it are listed on the class page.");
        String noAccount = "There is no such account. All accounts are listed under Users.";
        everyMalformedId(bad -> admin.get("/admin/users/" + bad + "/password"), noAccount);
        notFound(admin.get("/admin/users/999999/password"), noAccount);
    }

    @Test
    void rolesUnderUsers() {
        admin.get("/admin/users");
        everyMalformedId(bad -> admin.post("/admin/users/" + bad + "/role", Map.of("role", "teacher")),
                "There is no such account.");
    }

    @Test
    void leavingAClass() {
        student.get("/account");
        everyMalformedId(bad -> student.post("/account/classes/" + bad + "/leave", Map.of()),
                "There is no such class. The classes you are in are listed on your account page.");
    }

    @Test
    void aStudentsProgressForTheirTeacher() {
        everyMalformedId(bad -> teacher.get("/teacher/classes/" + bad + "/students/1/progress"),
                "There is no such class. Your classes are listed under Classes.");
        everyMalformedId(bad -> teacher.get(classPath + "/students/" + bad + "/progress"),
                "That student is not in History 9B.");
    }

    @Test
    void quizzesAndTheirQuestions() {
        String noQuiz = "There is no such quiz. Start a new one from an article.";
        everyMalformedId(bad -> student.get("/quiz/" + bad), noQuiz);
        everyMalformedId(bad -> student.get("/quiz/" + bad + "/summary"), noQuiz);
        notFound(student.get("/quiz/999999"), noQuiz);
        assertEquals(200, student.get(quizPath + "/1").statusCode());
        for (String bad : List.of("abc", "0", "-1", "01", "2147483648")) {
            notFound(student.get(quizPath + "/" + bad), "There is no question &#39;" + bad + "&#39; in this quiz.");
        }
        // A message repeats the start of a long one only.
        notFound(student.get(quizPath + "/" + "9".repeat(500)),
                "There is no question &#39;" + "9".repeat(20) + "…&#39; in this quiz.");
        notFound(student.get(quizPath + "/11"), "This quiz has questions 1 to 10, not 11.");
    }

    @Test
    void teachersQuestions() {
        String q = "/articles/" + ESP + "/questions/a/";
        for (String bad : List.of("abc", "0", "-2", "02", "9223372036854775808")) {
            notFound(teacher.get(q + bad + "/edit"), "There is no question a/" + bad + " in this article.");
        }
        notFound(teacher.get(q + "9".repeat(500) + "/delete"), "There is no question a/" + "9".repeat(20)
                + "… in this article.");
        teacher.get("/articles/" + ESP + "/questions");
        notFound(teacher.post(q + "abc/delete", Map.of()), "There is no question a/abc in this article.");
        notFound(teacher.get(q + "999/edit"), "There is no teacher&#39;s question a/999 in this article.");
    }

    @Test
    void flashcardFormsWithGarbledNumbersShowTheCardAgainOrSayThereWasNothingToUndo() {
        HttpResponse<String> page = student.get("/study/" + ESP);
        Matcher card = Pattern.compile("data-card-id=\"([^\"]+)\"").matcher(page.body());
        assertTrue(card.find(), page.body());
        for (Map<String, String> form : List.of(Map.of("card", card.group(1), "rating", "abc", "reps", "0"),
                Map.of("card", card.group(1), "rating", "9".repeat(500), "reps", "0"),
                Map.of("card", card.group(1), "rating", "3", "reps", "9".repeat(500)),
                Map.of("card", card.group(1), "reps", "0"))) {
            HttpResponse<String> r = student.post("/study/" + ESP + "/review", form);
            assertEquals(400, r.statusCode(), form.toString());
            assertTrue(r.body().contains("That rating could not be read: choose Again, Hard, Good or Easy."), r.body());
            assertTrue(r.body().contains("data-card-id=\"" + card.group(1) + "\""), "the same card, shown again");
        }
        for (String review : List.of("abc", "9".repeat(500), "")) {
            HttpResponse<String> r = student.post("/study/" + ESP + "/undo", Map.of("review", review));
            assertEquals(302, r.statusCode(), review);
            assertEquals("/study/" + ESP + "?notice=nothing-to-undo", r.headers().firstValue("Location").orElseThrow());
        }
    }

    private static void everyMalformedId(Function<String, HttpResponse<String>> request, String message) {
        for (String bad : MALFORMED) {
            notFound(request.apply(bad), message);
        }
    }

    private static void notFound(HttpResponse<String> r, String message) {
        String what = r.request().method() + " " + r.uri().getRawPath();
        assertEquals(404, r.statusCode(), what + ":\n" + r.body());
        assertTrue(r.body().contains("<title>Page not found"), what + ": the site's 404 page");
        assertTrue(r.body().contains(message), what + " should say: " + message + "\n" + r.body());
    }
}
