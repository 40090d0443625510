package vn.somohinh.load;

import java.util.ArrayList;
import java.util.List;

/** Gathers the records of every file into one {@link DataSet}, in path order. */
final class DataSetBuilder {
    private SiteConfig site;
    private List<Unit> units;
    private List<Directive> directives;
    private final List<Campaign> campaigns = new ArrayList<>();
    private final List<Registration> registrations = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();

    void add(FileReader.Result result) {
        if (result.records() == null) {
            return;
        }
        switch (result.place().kind()) {
            case UNITS -> units = result.records().stream().map(Unit.class::cast).toList();
            case DIRECTIVES -> directives = result.records().stream().map(Directive.class::cast).toList();
            default -> result.records().forEach(this::addRecord);
        }
    }

    private void addRecord(Object record) {
        if (record instanceof SiteConfig s) {
            site = s;
        } else if (record instanceof Campaign c) {
            campaigns.add(c);
        } else if (record instanceof Registration r) {
            registrations.add(r);
        } else if (record instanceof Review r) {
            reviews.add(r);
        } else {
            throw new IllegalStateException("unexpected record " + record.getClass());
        }
    }

    DataSet build(List<String> files) {
        return new DataSet(site, units, directives, List.copyOf(campaigns), List.copyOf(registrations),
                List.copyOf(reviews), List.copyOf(files));
    }
}
