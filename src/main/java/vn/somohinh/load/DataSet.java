package vn.somohinh.load;

import java.util.List;

/**
 * Everything read from data/. A catalog that could not be read at all ({@code site}, {@code units},
 * {@code directives}) is null, so that rules skip the checks against it instead of flooding the report.
 *
 * @param files every data file looked at, paths from the site root
 */
public record DataSet(SiteConfig site, List<Unit> units, List<Directive> directives, List<Campaign> campaigns,
                      List<Registration> registrations, List<Review> reviews, List<String> files) {
}
