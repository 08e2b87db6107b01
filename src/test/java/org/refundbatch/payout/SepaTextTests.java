package org.refundbatch.payout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SepaTextTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Renée Dupré              | Renee Dupre",
        "Jörg Müller              | Jorg Muller",
        "Straße                   | Strasse",
        "Łukasz Wałęsa            | Lukasz Walesa",
        "Æbelø Ørsted             | AEbelo Orsted",
        "Œuvre                    | OEuvre",
        "Çelik Şahin Ğ            | Celik Sahin G",
        "Đorđević                 | Dordevic",
        "Þór Guðmundsson          | THor Gudmundsson",
        "D’Hondt                  | D'Hondt",
        "Van den Bossche – Smet   | Van den Bossche - Smet",
        "Smith & Jones            | Smith Jones",
        "王 伟 Wei                 | wang wei Wei",
        "a_b*c!d#e\"f;g            | a b c d e f g",
        "ok / - ? : ( ) . , ' +   | ok / - ? : ( ) . , ' +",
    })
    void transliteratesToTheSepaLatinCharacterSet(String text, String expected) {
        String latin = SepaText.transliterate(text);

        assertThat(latin).isEqualTo(expected);
        assertThat(SepaText.isSepa(latin)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Иванов Иван              | Ivanov Ivan",
        "Юлия Щукина              | Ulia Sukina",
        "Ψαλίδας Γιώργος          | Psalidas Giorgos",
        "王伟                      | wang wei",
        "山田 太郎                 | shan tian tai lang",
        "やまだ                    | yamada",
        "김민준                    | gimminjun",
        "محمد                     | mhmd",
        "דוד                      | dwd",
    })
    void transliteratesOtherScriptsAsIcuDoes(String text, String expected) {
        assertThat(SepaText.transliterate(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {"😀🎉", "★ ☆", "12345", "& * #", "'-'", "' '", "''"})
    void findsNoLetterInSymbolsDigitsOrEmoji(String text) {
        assertThat(SepaText.hasSepaLetter(text)).isFalse();
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {"Peeters", "Иванов", "王", "O'Neill 2", "😀 Jan"})
    void findsALetterInAnyNameThatTransliterates(String text) {
        assertThat(SepaText.hasSepaLetter(text)).isTrue();
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "'Peeters An'          | 'Peeters An'",
        "'  Peeters   An  '    | 'Peeters An'",
        "' Peeters'            | 'Peeters'",
        "'Peeters '            | 'Peeters'",
        "'Peeters  An'         | 'Peeters An'",
        "'O''Neill-Smith (2)'  | 'O''Neill-Smith (2)'",
        "''                    | ''",
    })
    void tidiesSpacesOfTextThatIsAlreadySepa(String text, String expected) {
        assertThat(SepaText.transliterate(text)).isEqualTo(expected);
    }

    @Test
    void keepsNullAndTellsWhatIsSepa() {
        assertThat(SepaText.transliterate(null)).isNull();
        assertThat(SepaText.isSepa("Peeters An")).isTrue();
        assertThat(SepaText.isSepa("Peeters Anaïs")).isFalse();
        assertThat(SepaText.isSepa(null)).isFalse();
    }
}
