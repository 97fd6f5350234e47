package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameOrderTest {

    private static Account named(long id, String displayName, String username) {
        return new Account(id, username, displayName, Role.STUDENT, false, false);
    }

    private static List<String> sorted(List<Account> accounts) {
        List<Account> copy = new ArrayList<>(accounts);
        copy.sort(NameOrder.byName());
        return copy.stream().map(a -> a.displayName() + "/" + a.username()).toList();
    }

    @Test
    void namesSortAsADictionaryDoesWhateverTheirCaseAndAccents() {
        List<Account> byteOrder = List.of(named(1, "Bea", "bea"), named(2, "Zoë", "zoe"), named(3, "adam", "adam"),
                named(4, "eva", "eva"), named(5, "Ávila", "avila"), named(6, "Émile", "emile"));
        assertEquals(List.of("adam/adam", "Ávila/avila", "Bea/bea", "Émile/emile", "eva/eva", "Zoë/zoe"),
                sorted(byteOrder));
    }

    @Test
    void namesDifferingOnlyInCaseGoByUsernameAndAnAccentTypedAsTwoCharactersCountsAsOne() {
        String decomposed = Normalizer.normalize("Émile", Normalizer.Form.NFD);
        List<Account> accounts = List.of(named(1, "nina novak", "nina.novak2"), named(2, "Nina Novak", "nina.novak"),
                named(3, decomposed, "emile2"), named(4, "Émile", "emile"), named(5, "Eve", "eve"));
        assertEquals(List.of("Émile/emile", decomposed + "/emile2", "Eve/eve", "Nina Novak/nina.novak",
                "nina novak/nina.novak2"), sorted(accounts));
    }
}
