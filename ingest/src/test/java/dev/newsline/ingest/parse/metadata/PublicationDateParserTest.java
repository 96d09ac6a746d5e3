package dev.newsline.ingest.parse.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateParserTest {

    private final PublicationDateParser parser = new PublicationDateParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1st, March 2024 GMT|2024-03-01",
        "March 1, 2024|2024-03-01",
        "Friday, March 1, 2024 10:30 AM|2024-03-01",
        "Mar 1 2024|2024-03-01",
        "2024-03-01|2024-03-01",
        "2024-03-01T09:00:00Z|2024-03-01",
        "2024/3/1|2024-03-01",
        "01.03.2024|2024-03-01",
        "1/3/2024|2024-03-01",
        "3/25/2024|2024-03-25",
        "1er mars 2024|2024-03-01",
        "1. März 2024|2024-03-01",
        "1 de marzo de 2024|2024-03-01",
        "1 марта 2024 г.|2024-03-01",
        "1 Mart 2024 Cuma|2024-03-01",
        "الجمعة 1 مارس 2024|2024-03-01",
        "١ آذار ٢٠٢٤|2024-03-01",
        "20 شعبان 1445 هـ - 1 مارس 2024 م|2024-03-01",
        "۱ مارس ۲۰۲۴|2024-03-01",
        "۱۱ اسفند ۱۴۰۲|2024-03-01",
        "1402/12/11|2024-03-01",
        "۱۹ آبان ۱۳۹۹|2020-11-09",
        "1 مارچ 2024|2024-03-01",
        "15 August 2015|2015-08-15",
    })
    void reads(String value, LocalDate expected) {
        assertThat(parser.parse(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "31 February 2024", "2024-13-01", "March 2024", "25 شوال 1436 هـ",
        "1 mars", "99/99/9999"})
    void unreadableIsNull(String value) {
        assertThat(parser.parse(value)).isNull();
    }
}
