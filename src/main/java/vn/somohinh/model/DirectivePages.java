package vn.somohinh.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.load.Campaign;
import vn.somohinh.load.Directive;
import vn.somohinh.load.Registration;
import vn.somohinh.model.Refs.CampaignRef;
import vn.somohinh.model.Refs.ModelRef;

/**
 * Builds each directive's page: the campaigns it launched or grounds, the models citing it (newest first, when they
 * are few enough to list: DirectiveView.LISTED).
 */
final class DirectivePages {
    final List<DirectiveView> views = new ArrayList<>();

    DirectivePages(Catalog cat, ModelPages models, Map<Integer, CampaignRef> campaigns) {
        // One pass over the citations, so that no directive scans every model.
        Map<String, List<ModelRef>> citing = new HashMap<>();
        for (Registration r : cat.data.registrations()) {
            r.canCu().forEach(id -> citing.computeIfAbsent(id, d -> new ArrayList<>()).add(models.refs.get(r.key())));
        }
        Map<String, Integer> order = new HashMap<>();
        if (citing.values().stream().anyMatch(c -> c.size() <= DirectiveView.LISTED)) {
            List<ModelRef> all = List.copyOf(models.refs.values());
            for (int i = 0; i < all.size(); i++) {
                order.put(all.get(i).id(), i);
            }
        }
        List<Directive> sorted = new ArrayList<>(cat.data.directives());
        sorted.sort(Comparator.comparing(Directive::ngay).reversed().thenComparing(Directive::id));
        List<Campaign> camps = new ArrayList<>(cat.data.campaigns());
        camps.sort(Comparator.comparingInt(Campaign::year).reversed());
        for (Directive d : sorted) {
            List<CampaignRef> launched = camps.stream().filter(c -> c.vanBanPhatDong().contains(d.id()))
                    .map(c -> campaigns.get(c.year())).toList();
            List<CampaignRef> basis = camps.stream().filter(c -> c.canCu().contains(d.id()))
                    .map(c -> campaigns.get(c.year())).toList();
            List<ModelRef> cites = new ArrayList<>(citing.getOrDefault(d.id(), List.of()));
            if (cites.size() <= DirectiveView.LISTED) {
                cites.sort(Comparator.comparing(m -> order.get(m.id())));
            }
            views.add(new DirectiveView(cat.directiveRefs.get(d.id()), Day.of(d.ngay()), d.coQuan(), d.lienKet(),
                    launched, basis, cites.size(), cites.size() <= DirectiveView.LISTED ? List.copyOf(cites) : List.of()));
        }
    }
}
