package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void namesInLatinCyrillicAndGreekBecomeReadableUsernames() {
        String[][] cases = {
            {"Ana-María López", "ana.maria.lopez"}, {"Анна Каренина", "anna.karenina"},
            {"Юлия Щербакова", "yuliya.shcherbakova"}, {"Олександр Їжак", "oleksandr.yizhak"},
            {"Σωκράτης Παπαδόπουλος", "sokratis.papadopoulos"}, {"Øyvind Ærø", "oyvind.aero"},
            {"Jürgen Straße", "jurgen.strasse"}, {"Łukasz Żółć", "lukasz.zolc"}, {"Đorđe Đoković", "dorde.dokovic"},
            {"Lind, Ana", "lind.ana"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], Usernames.baseFor(c[0]), c[0]);
        }
    }

    @Test
    void namesWithNoLatinSpellingFallBackToStudentAndLongOnesAreCut() {
        assertEquals("student", Usernames.baseFor("王伟"));
        assertEquals("student", Usernames.baseFor("محمد"));
        assertEquals("student.bo", Usernames.baseFor("Bo"));
        String longName = Usernames.baseFor("Maximilian Alexander Konstantin von Hohenberg");
        assertEquals("maximilian.alexander.konstantin.von", longName);
        assertEquals(Usernames.MAX_BASE >= longName.length(), true);
        assertEquals(true, Usernames.candidate("student", 9999).length() <= 40
                && AccountRules.username(Usernames.candidate(Usernames.baseFor("x".repeat(80)), 9999)).isEmpty());
    }
}
