package org.crampcare.app.firstaid;

import java.util.List;

import org.crampcare.app.config.NotFoundException;
import org.crampcare.app.library.EntryView;
import org.crampcare.app.library.Library;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * First aid: one question tells a cramp from a seizure, then one link per muscle and situation, so the steps are two
 * clicks from the home page. Each page shows its knowledge entry's steps in order, large.
 */
@Controller
class FirstAidController {

    /** A link on the choice page: where it goes and the entry title it shows. */
    record Choice(String url, String title) {
    }

    private final FirstAidPages pages;
    private final Library library;

    FirstAidController(FirstAidPages pages, Library library) {
        this.pages = pages;
        this.library = library;
    }

    @GetMapping(FirstAidPages.ROOT)
    String choose(Model model) {
        model.addAttribute("muscles", choices(FirstAidPage.MUSCLE));
        model.addAttribute("situations", choices(FirstAidPage.SITUATION));
        model.addAttribute("urgent", choices(FirstAidPage.URGENT));
        model.addAttribute("general", choices(FirstAidPage.GENERAL));
        return "firstaid/index";
    }

    @GetMapping(FirstAidPages.ROOT + "/{slug}")
    String page(@PathVariable String slug, Model model) {
        FirstAidPage page = pages.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no first-aid page at this address."));
        EntryView entry = library.entry(page.entry()).orElseThrow();
        model.addAttribute("page", page);
        model.addAttribute("e", entry);
        model.addAttribute("libraryUrl", Library.libraryUrl(entry.id()));
        return "firstaid/page";
    }

    private List<Choice> choices(String group) {
        return pages.inGroup(group).stream()
                .map(p -> new Choice(p.url(), library.entry(p.entry()).map(EntryView::title).orElse(p.slug())))
                .toList();
    }
}
