package org.docloudmock.contentpolicy.admin;

import org.docloudmock.contentpolicy.catalog.ContentStorageException;
import org.docloudmock.contentpolicy.catalog.ContentTooLargeException;
import org.docloudmock.contentpolicy.catalog.IncompleteUploadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Registrations the catalog refused for their size, a broken-off or too slow upload or a failing disk: nothing was
 * registered. The connection is closed after the answer: what is left of the upload is not read.
 */
@RestControllerAdvice(assignableTypes = ContentAdminController.class)
class CatalogProblems {

    private static final Logger log = LoggerFactory.getLogger(CatalogProblems.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(ContentTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> incomplete(IncompleteUploadException e) {
        log.info("Upload refused: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "Incomplete upload", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooSlow(UploadTooSlowException e) {
        log.info("Upload refused: {}", e.getMessage());
        return problem(HttpStatus.REQUEST_TIMEOUT, "Upload too slow", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> storage(ContentStorageException e) {
        log.error("Registration failed, nothing registered: {}", e.getMessage());
        return problem(HttpStatus.INSUFFICIENT_STORAGE, "Cannot store the content", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).header(HttpHeaders.CONNECTION, "close").body(problem);
    }
}
