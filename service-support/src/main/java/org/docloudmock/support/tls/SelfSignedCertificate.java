package org.docloudmock.support.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * A self-signed certificate for the suite's host names, kept in a directory as a PKCS12 key store (for
 * the server) and a PEM certificate (for clients to trust). It is made once and reused while it is
 * valid and names every host, so a client that trusts it keeps trusting it across restarts; the five
 * services of the suite share it.
 */
final class SelfSignedCertificate {

    static final String KEY_STORE_FILE = "docloud-mock.p12";
    static final String CERTIFICATE_FILE = "docloud-mock.crt";
    static final String ALIAS = "docloud-mock";
    // the private key of a lab certificate protects nothing: the password is only what PKCS12 requires
    static final String PASSWORD = "docloud-mock";

    private static final Duration VALIDITY = Duration.ofDays(365);
    private static final Duration RENEW_BEFORE = Duration.ofDays(7);

    private final Path keyStore;
    private final Path certificate;
    private final X509Certificate x509;
    private final boolean generated;

    private SelfSignedCertificate(Path directory, X509Certificate x509, boolean generated) {
        this.keyStore = directory.resolve(KEY_STORE_FILE);
        this.certificate = directory.resolve(CERTIFICATE_FILE);
        this.x509 = x509;
        this.generated = generated;
    }

    /** The certificate kept in the directory if it still serves these host names, else a new one written there. */
    static synchronized SelfSignedCertificate forHosts(Path directory, Collection<String> hostNames) {
        Set<String> names = normalized(hostNames);
        try {
            X509Certificate kept = kept(directory);
            if (kept != null && covers(kept, names)) {
                return new SelfSignedCertificate(directory, kept, false);
            }
            return new SelfSignedCertificate(directory, generate(directory, names), true);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not make a self-signed certificate in " + directory + ": " + e.getMessage(), e);
        }
    }

    Path keyStore() {
        return keyStore;
    }

    Path certificate() {
        return certificate;
    }

    boolean generated() {
        return generated;
    }

    /** Names and IPs the certificate is for, as Java prints them. */
    Set<String> hostNames() {
        try {
            return subjectAlternativeNames(x509);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String sha256Fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(x509.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate kept(Path directory) throws IOException, GeneralSecurityException {
        Path file = directory.resolve(KEY_STORE_FILE);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(directory.resolve(CERTIFICATE_FILE))) {
            return null;
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        } catch (IOException unreadable) {
            return null;
        }
        return store.getCertificate(ALIAS) instanceof X509Certificate x509 ? x509 : null;
    }

    private static boolean covers(X509Certificate certificate, Set<String> names) throws GeneralSecurityException {
        boolean fresh = certificate.getNotAfter().toInstant().isAfter(Instant.now().plus(RENEW_BEFORE));
        return fresh && subjectAlternativeNames(certificate).containsAll(names);
    }

    private static X509Certificate generate(Path directory, Set<String> names)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=DO Cloud Mock,O=DO Cloud Mock");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(VALIDITY)), subject, keys.getPublic());
        GeneralName[] alternativeNames = names.stream()
                .map(name -> new GeneralName(IPAddress.isValid(name) ? GeneralName.iPAddress : GeneralName.dNSName, name))
                .toArray(GeneralName[]::new);
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternativeNames));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate});
        Files.createDirectories(directory);
        writeAtomically(directory.resolve(KEY_STORE_FILE), out -> store.store(out, PASSWORD.toCharArray()));
        writeAtomically(directory.resolve(CERTIFICATE_FILE), out -> {
            try (Writer text = new OutputStreamWriter(out, StandardCharsets.US_ASCII);
                 JcaPEMWriter pem = new JcaPEMWriter(text)) {
                pem.writeObject(certificate);
            }
        });
        return certificate;
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException, GeneralSecurityException;
    }

    // another service of the suite, or another process, may be reading the directory
    private static void writeAtomically(Path file, Content content) throws IOException, GeneralSecurityException {
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Set<String> subjectAlternativeNames(X509Certificate certificate) throws GeneralSecurityException {
        Collection<List<?>> names = certificate.getSubjectAlternativeNames();
        if (names == null) {
            return Set.of();
        }
        return names.stream().map(name -> (String) name.get(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    // IPs as Java prints them in a certificate (::1 is 0:0:0:0:0:0:0:1), names in lower case
    private static Set<String> normalized(Collection<String> hostNames) {
        Set<String> names = new TreeSet<>();
        for (String name : hostNames) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String trimmed = name.trim();
            names.add(IPAddress.isValid(trimmed) ? literal(trimmed) : trimmed.toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static String literal(String ip) {
        try {
            return InetAddress.getByName(ip).getHostAddress(); // a literal: no name lookup
        } catch (IOException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }
}
