package vn.somohinh.model;

import java.util.List;

/**
 * The registration form of one campaign, as a unit fills it in Word: every key of a registration (from the one
 * declaration of the contract) with its label and hint, the campaign's directives to tick, and the code lists the
 * drop-downs offer. A later import reads a filled form back by the keys.
 *
 * @param forms  the two forms of a model (tap-the, ca-nhan) with their names
 * @param fields the site's fields of work (linh_vuc) with their names
 */
public record FormView(CampaignView campaign, String issuer, List<Item> items, List<Term> forms, List<Term> fields) implements View.Kept {

    /** What kind of control a key gets. */
    public enum Input { TEXT, LINES, DATE, AMOUNT, FORM, FIELD, DIRECTIVES }

    /**
     * One key of the form; {@code key} is dotted for a key of a group ({@code thoi_gian.bat_dau}); a list of groups is
     * one key written one item a line.
     */
    public record Item(String key, String label, boolean required, String hint, Input input) {
    }
}
