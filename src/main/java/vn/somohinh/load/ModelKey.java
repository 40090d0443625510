package vn.somohinh.load;

/** A model's identity, taken from its path: registrations/&lt;year&gt;/&lt;unit&gt;/&lt;slug&gt;.yaml. */
public record ModelKey(int year, String unitId, String slug) implements Comparable<ModelKey> {

    /** The path under registrations/ or reviews/, e.g. {@code 2023/xa-loc-an/ca-phe}. */
    public String path() {
        return year + "/" + unitId + "/" + slug;
    }

    @Override
    public int compareTo(ModelKey o) {
        return path().compareTo(o.path());
    }
}
