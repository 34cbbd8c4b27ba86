package org.pikir.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Addresses under {@code /api/} and {@code /actuator/} that nothing maps answer a 404 in the API's error format
 * ({@link Problems}), instead of falling through to the Vaadin page (an empty 200 and a new HTTP session each time):
 * an API client or a monitor can tell a wrong URL from an empty answer. Specific mappings (the open-data API, the
 * health endpoints) are more specific patterns and always win.
 */
@RestController
class UnknownRouteController {

    @RequestMapping({"/api", "/api/**", "/actuator", "/actuator/**"})
    ResponseEntity<String> unknown() {
        return Problems.entity(HttpStatus.NOT_FOUND, "no such resource");
    }
}
