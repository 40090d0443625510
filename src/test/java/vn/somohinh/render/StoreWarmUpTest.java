package vn.somohinh.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The store's warm-up runs beside the checks and never switches the JVM's locale, so it must stay away from the
 * locales under which OrientDB fails to start (digits other than ASCII) or whose case mapping differs.
 */
class StoreWarmUpTest {

    @Test
    void warmsUpUnderLocalesThatWriteAsTheNeutralOneDoes() {
        for (String tag : new String[] {"en-US", "vi-VN", "fr-FR", "und"}) {
            assertThat(under(tag, StoreWarmUp::plainLocale)).as(tag).isTrue();
        }
    }

    @Test
    void leavesTheStoreToTheBakeUnderOtherDigitsOrCaseMappings() {
        // ar-EG writes ١٢٣ (OrientDB's native library name then fails); tr-TR maps "i" to "İ"; th-TH-u-nu-thai
        // writes Thai digits.
        for (String tag : new String[] {"ar-EG", "tr-TR", "az-AZ", "th-TH-u-nu-thai"}) {
            assertThat(under(tag, StoreWarmUp::plainLocale)).as(tag).isFalse();
        }
    }

    private static boolean under(String tag, BooleanSupplier check) {
        Locale before = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            return check.getAsBoolean();
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
