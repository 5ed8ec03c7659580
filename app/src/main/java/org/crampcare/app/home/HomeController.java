package org.crampcare.app.home;

import java.util.List;

import org.crampcare.app.firstaid.FirstAidPages;
import org.crampcare.app.library.EntryView;
import org.crampcare.app.library.Library;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: one obvious way to first aid, the assessment, the library. And the offline page, which the service
 * worker keeps and shows for a page that was not saved on the device, with links to the first-aid pages that were.
 */
@Controller
class HomeController {
    /** A link to a saved first-aid page. */
    record Saved(String url, String title) {
    }

    private final List<Saved> saved;

    HomeController(FirstAidPages pages, Library library) {
        this.saved = pages.all().stream()
                .map(p -> new Saved(p.url(), library.entry(p.entry()).map(EntryView::title).orElse(p.slug())))
                .toList();
    }

    @GetMapping("/")
    String home() {
        return "home/index";
    }

    @GetMapping("/offline")
    String offline(Model model) {
        model.addAttribute("saved", saved);
        return "home/offline";
    }
}
