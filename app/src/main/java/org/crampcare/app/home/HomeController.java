package org.crampcare.app.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: one obvious way to first aid, the assessment, the library. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home/index";
    }
}
