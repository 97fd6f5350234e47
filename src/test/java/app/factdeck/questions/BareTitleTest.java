package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Who does the article describe as the coach?" names no whose; "… as the Prime Minister?" is asked. */
class BareTitleTest {

    @Test
    void aOneWordTitleIsBareAndATitleWithItsOwnerOrTwoTitleWordsIsNot() {
        assertTrue(QuestionGenerator.bareTitle("the coach"));
        assertTrue(QuestionGenerator.bareTitle("the President"));
        assertTrue(QuestionGenerator.bareTitle("the former chairman"));
        assertFalse(QuestionGenerator.bareTitle("the Prime Minister"));
        assertFalse(QuestionGenerator.bareTitle("the NATO Secretary General"));
        assertFalse(QuestionGenerator.bareTitle("France's coach"));
        assertFalse(QuestionGenerator.bareTitle("the President of the European Central Bank"));
    }
}
