package vn.somohinh.validate;

/** One check over the whole data set. Rules never throw on missing values: those were reported when loading. */
interface Rule {
    void check(Context ctx);
}
