package org.docloudmock.contentpolicy.admin;

import org.docloudmock.contentpolicy.catalog.ContentStorageException;
import org.docloudmock.contentpolicy.catalog.ContentTooLargeException;
import org.docloudmock.contentpolicy.catalog.IncompleteUploadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Registrations the catalog refused for their size, a broken-off upload or a failing disk: nothing was registered. */
@RestControllerAdvice(assignableTypes = ContentAdminController.class)
class CatalogProblems {

    private static final Logger log = LoggerFactory.getLogger(CatalogProblems.class);

    @ExceptionHandler
    ProblemDetail tooLarge(ContentTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail incomplete(IncompleteUploadException e) {
        log.info("Upload refused: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "Incomplete upload", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail storage(ContentStorageException e) {
        log.error("Registration failed, nothing registered: {}", e.getMessage());
        return problem(HttpStatus.INSUFFICIENT_STORAGE, "Cannot store the content", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
