package vn.somohinh.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything read from data/. A catalog that could not be read at all ({@code site}, {@code units},
 * {@code directives}) is null, so that rules skip the checks against it instead of flooding the report.
 *
 * @param files every data file looked at, paths from the site root
 */
public record DataSet(SiteConfig site, List<Unit> units, List<Directive> directives, List<Campaign> campaigns,
                      List<Registration> registrations, List<Review> reviews, List<String> files) {

    /**
     * Every registration file under data/, whether or not it could be read, by the model its path names; a file that
     * a plain rename would make a registration ({@code ca-phe.YAML}) counts too, under the name it has. So that a
     * registration with errors is told apart from one that does not exist.
     */
    public Map<ModelKey, String> registrationFiles() {
        Map<ModelKey, String> found = new HashMap<>();
        for (String file : files) {
            DataLayout.Place place = DataLayout.classify(file);
            if (place.kind() == DataLayout.Kind.REGISTRATION) {
                found.put(place.key(), file);
            } else if (place.renameTo() != null) {
                DataLayout.Place renamed = DataLayout.classify(place.renameTo());
                if (renamed.kind() == DataLayout.Kind.REGISTRATION) {
                    found.putIfAbsent(renamed.key(), file);
                }
            }
        }
        return found;
    }

    /**
     * Lets the YAML trees go once validation has pointed at every problem: the model and render stages never read
     * them, and on a national registry they are half the heap. Any later {@code Source.node()} call fails loudly.
     */
    public void releaseTrees() {
        if (site != null) {
            site.src().release();
        }
        if (units != null) {
            units.forEach(u -> u.src().release());
        }
        if (directives != null) {
            directives.forEach(d -> d.src().release());
        }
        campaigns.forEach(c -> c.src().release());
        registrations.forEach(r -> r.src().release());
        reviews.forEach(r -> r.src().release());
    }
}
