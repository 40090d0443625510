package vn.somohinh.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.Refs.UnitRef;
import vn.somohinh.model.ReportView;

/** The list parts of the report's JSON, with the keys of the data contract where one exists. */
final class ReportJson {
    private ReportJson() {
    }

    static void models(JsonGenerator g, ReportView r) throws IOException {
        g.writeArrayFieldStart("mo_hinh");
        for (ReportView.TypeSection s : r.sections()) {
            for (ReportView.UnitModels u : s.units()) {
                for (ModelRef m : u.models()) {
                    g.writeStartObject();
                    g.writeStringField("ma", m.id());
                    g.writeStringField("ten_mo_hinh", m.name());
                    g.writeStringField("don_vi", u.unit().id());
                    g.writeStringField("ten_don_vi", u.unit().name());
                    g.writeStringField("loai_don_vi", s.type().id());
                    g.writeStringField("linh_vuc", m.field().id());
                    g.writeStringField("trang_thai", m.status().id());
                    g.writeStringField("ngay_dang_ky", m.registered().iso());
                    g.writeBooleanField("muon", m.late());
                    if (m.grade() == null) {
                        g.writeNullField("xep_loai");
                    } else {
                        g.writeStringField("xep_loai", m.grade().id());
                    }
                    g.writeStringField("trang", m.path());
                    g.writeEndObject();
                }
            }
        }
        g.writeEndArray();
    }

    static void units(JsonGenerator g, String name, List<UnitRef> units) throws IOException {
        g.writeArrayFieldStart(name);
        for (UnitRef u : units) {
            g.writeStartObject();
            g.writeStringField("ma", u.id());
            g.writeStringField("ten", u.name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void counts(JsonGenerator g, String name, List<CampaignView.Count> counts) throws IOException {
        g.writeArrayFieldStart(name);
        for (CampaignView.Count c : counts) {
            g.writeStartObject();
            g.writeStringField("ma", c.id());
            g.writeStringField("ten", c.label());
            g.writeNumberField("so_mo_hinh", c.count());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
