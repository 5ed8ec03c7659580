package org.crampcare.app.diary;

import java.util.List;
import java.util.Locale;

import org.crampcare.app.account.AccountId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts the diary's alerts ({@link DiaryAlerts}) in the model of the diary list ({@code GET /diary}) as
 * {@code diaryAlerts}, without touching its controller; every other page of that controller gets an empty list, so
 * the work is done only where the alerts are shown. The list template shows them with
 * {@code <div th:replace="~{diary/alerts :: alerts(${diaryAlerts})}"></div>}.
 */
@ControllerAdvice(assignableTypes = DiaryPageController.class)
class DiaryAlertsAdvice {
    // a provider: web slices (@WebMvcTest) pick up every advice but have no diary; there it gives no alerts
    private final ObjectProvider<DiaryAlerts> alerts;

    DiaryAlertsAdvice(ObjectProvider<DiaryAlerts> alerts) {
        this.alerts = alerts;
    }

    @ModelAttribute("diaryAlerts")
    List<DiaryAlerts.AlertView> diaryAlerts(AccountId owner, HttpServletRequest request, Locale locale) {
        boolean list = "GET".equals(request.getMethod())
                && "/diary".equals(request.getRequestURI().substring(request.getContextPath().length()));
        DiaryAlerts a = list ? alerts.getIfAvailable() : null;
        return a == null ? List.of() : a.forAccount(owner, locale);
    }
}
