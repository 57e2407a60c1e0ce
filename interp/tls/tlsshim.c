/* A thin layer over OpenSSL for micropy's tls/ssl modules (interp/modules/ssl_mod.py).
 *
 * Contexts and connections are opaque pointers to the RPython side.  Each call that
 * fails leaves a message in a per-thread buffer, read with mptls_errmsg(), and an
 * OpenSSL reason code, read with mptls_errcode().  Connections use the socket's own
 * file descriptor; a non-blocking descriptor makes mptls_read/write/handshake return
 * MPTLS_WANT_READ or MPTLS_WANT_WRITE, and mptls_poll waits for the descriptor. */
#include <string.h>
#include <errno.h>
#include <poll.h>
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#ifndef RPY_EXTERN
#define RPY_EXTERN
#endif

#define MPTLS_WANT_READ  (-2)
#define MPTLS_WANT_WRITE (-3)

static __thread char mptls_msg[256];
static __thread int mptls_code;

static void set_msg(const char *msg, int code)
{
    strncpy(mptls_msg, msg, sizeof(mptls_msg) - 1);
    mptls_msg[sizeof(mptls_msg) - 1] = '\0';
    mptls_code = code;
}

/* the message for the oldest queued OpenSSL error (or `fallback`), queue cleared */
static void set_from_queue(const char *fallback);

/* "what (reason)" for a failed load */
static void set_load_error(const char *what)
{
    unsigned long e = ERR_get_error();
    const char *reason = e ? ERR_reason_error_string(e) : NULL;
    if (reason != NULL)
        snprintf(mptls_msg, sizeof(mptls_msg), "%s (%s)", what, reason);
    else
        snprintf(mptls_msg, sizeof(mptls_msg), "%s", what);
    mptls_code = e ? ERR_GET_REASON(e) : 1;
    ERR_clear_error();
}

static void set_from_queue(const char *fallback)
{
    unsigned long e = ERR_get_error();
    const char *reason = NULL;
    if (e != 0)
        reason = ERR_reason_error_string(e);
    if (reason != NULL)
        set_msg(reason, ERR_GET_REASON(e));
    else if (e != 0) {
        ERR_error_string_n(e, mptls_msg, sizeof(mptls_msg));
        mptls_code = ERR_GET_REASON(e);
    }
    else
        set_msg(fallback, 1);
    ERR_clear_error();
}

RPY_EXTERN const char *mptls_errmsg(void) { return mptls_msg; }
RPY_EXTERN int mptls_errcode(void) { return mptls_code; }

RPY_EXTERN void *mptls_ctx_new(int server)
{
    SSL_CTX *ctx;
    ERR_clear_error();
    ctx = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
    if (ctx == NULL) {
        set_from_queue("cannot create SSL context");
        return NULL;
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_AUTO_RETRY);
#ifdef SSL_OP_IGNORE_UNEXPECTED_EOF
    /* a peer that closes without close_notify (many HTTP servers) ends the stream */
    SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
#endif
    return ctx;
}

RPY_EXTERN void mptls_ctx_free(void *ctx)
{
    SSL_CTX_free((SSL_CTX *)ctx);
}

/* mode: 0 CERT_NONE, 1 CERT_OPTIONAL, 2 CERT_REQUIRED */
RPY_EXTERN void mptls_ctx_set_verify(void *ctx, int mode)
{
    int m = SSL_VERIFY_NONE;
    if (mode == 1)
        m = SSL_VERIFY_PEER;
    else if (mode == 2)
        m = SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    SSL_CTX_set_verify((SSL_CTX *)ctx, m, NULL);
}

/* a memory BIO over data (len >= 0), or a file BIO for the path `data` (len < 0) */
static BIO *open_bio(const char *data, long len)
{
    BIO *bio;
    if (len < 0) {
        bio = BIO_new_file(data, "rb");
        if (bio == NULL) {
            int e = errno ? errno : ENOENT;
            ERR_clear_error();
            set_msg(strerror(e), -e);
        }
    }
    else {
        bio = BIO_new_mem_buf(data, (int)len);
        if (bio == NULL)
            set_from_queue("out of memory");
    }
    return bio;
}

/* certificate (PEM chain or DER) and private key (PEM or DER); 1 on success */
RPY_EXTERN int mptls_ctx_load_cert_chain(void *vctx, const char *cert, long certlen,
                                         const char *key, long keylen)
{
    SSL_CTX *ctx = (SSL_CTX *)vctx;
    BIO *bio;
    X509 *x;
    EVP_PKEY *pkey;
    int first = 1;

    ERR_clear_error();
    bio = open_bio(cert, certlen);
    if (bio == NULL)
        return 0;
    while ((x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
        int ok = first ? SSL_CTX_use_certificate(ctx, x)
                       : (int)SSL_CTX_add_extra_chain_cert(ctx, x);
        if (first || !ok)
            X509_free(x);
        if (!ok) {
            BIO_free(bio);
            set_load_error("invalid certificate");
            return 0;
        }
        first = 0;
    }
    ERR_clear_error();
    if (first) {
        /* not PEM: try DER */
        BIO_free(bio);
        bio = open_bio(cert, certlen);
        if (bio == NULL)
            return 0;
        x = d2i_X509_bio(bio, NULL);
        if (x == NULL || !SSL_CTX_use_certificate(ctx, x)) {
            X509_free(x);
            BIO_free(bio);
            set_load_error("invalid certificate");
            return 0;
        }
        X509_free(x);
    }
    BIO_free(bio);

    bio = open_bio(key, keylen);
    if (bio == NULL)
        return 0;
    pkey = PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL);
    if (pkey == NULL) {
        ERR_clear_error();
        BIO_free(bio);
        bio = open_bio(key, keylen);
        if (bio == NULL)
            return 0;
        pkey = d2i_PrivateKey_bio(bio, NULL);
    }
    BIO_free(bio);
    if (pkey == NULL) {
        set_load_error("invalid key");
        return 0;
    }
    if (!SSL_CTX_use_PrivateKey(ctx, pkey)) {
        EVP_PKEY_free(pkey);
        set_load_error("invalid key");
        return 0;
    }
    EVP_PKEY_free(pkey);
    if (!SSL_CTX_check_private_key(ctx)) {
        set_load_error("key does not match certificate");
        return 0;
    }
    return 1;
}

/* trusted CA certificates: PEM (one or more) or DER; 1 on success */
RPY_EXTERN int mptls_ctx_load_verify(void *vctx, const char *data, long len)
{
    SSL_CTX *ctx = (SSL_CTX *)vctx;
    X509_STORE *store = SSL_CTX_get_cert_store(ctx);
    BIO *bio;
    X509 *x;
    int count = 0;

    ERR_clear_error();
    bio = open_bio(data, len);
    if (bio == NULL)
        return 0;
    while ((x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
        int ok = X509_STORE_add_cert(store, x);
        X509_free(x);
        if (!ok) {
            BIO_free(bio);
            set_load_error("invalid CA certificate");
            return 0;
        }
        count++;
    }
    ERR_clear_error();
    if (count == 0) {
        BIO_free(bio);
        bio = open_bio(data, len);
        if (bio == NULL)
            return 0;
        x = d2i_X509_bio(bio, NULL);
        if (x == NULL || !X509_STORE_add_cert(store, x)) {
            X509_free(x);
            BIO_free(bio);
            set_load_error("invalid CA certificate");
            return 0;
        }
        X509_free(x);
    }
    BIO_free(bio);
    return 1;
}

/* a connection over fd; hostname (or NULL) is sent as SNI and, when check_host
   is set, checked against the peer's certificate */
RPY_EXTERN void *mptls_new(void *ctx, int fd, int server, const char *hostname,
                           int check_host)
{
    SSL *ssl;
    ERR_clear_error();
    ssl = SSL_new((SSL_CTX *)ctx);
    if (ssl == NULL) {
        set_from_queue("cannot create SSL connection");
        return NULL;
    }
    if (!SSL_set_fd(ssl, fd)) {
        SSL_free(ssl);
        set_from_queue("bad file descriptor");
        return NULL;
    }
    if (server)
        SSL_set_accept_state(ssl);
    else
        SSL_set_connect_state(ssl);
    if (!server && hostname != NULL && hostname[0] != '\0') {
        if (!SSL_set_tlsext_host_name(ssl, hostname) ||
                (check_host && !SSL_set1_host(ssl, hostname))) {
            SSL_free(ssl);
            set_from_queue("invalid server_hostname");
            return NULL;
        }
    }
    return ssl;
}

/* after a failed call that returned ret: MPTLS_WANT_*, 0 (clean end of stream
   during reads) or -1 with the message set */
static int failure(SSL *ssl, int ret, int reading)
{
    int err = SSL_get_error(ssl, ret);
    int saved_errno = errno;
    long vr;

    switch (err) {
    case SSL_ERROR_WANT_READ:
        ERR_clear_error();
        return MPTLS_WANT_READ;
    case SSL_ERROR_WANT_WRITE:
        ERR_clear_error();
        return MPTLS_WANT_WRITE;
    case SSL_ERROR_ZERO_RETURN:
        ERR_clear_error();
        if (reading)
            return 0;
        set_msg("connection closed by peer", 1);
        return -1;
    case SSL_ERROR_SYSCALL:
        if (ERR_peek_error() == 0) {
            if (saved_errno != 0)
                set_msg(strerror(saved_errno), -saved_errno);
            else
                set_msg("unexpected end of stream", 1);
            return -1;
        }
        break;
    default:
        break;
    }
    vr = SSL_get_verify_result(ssl);
    if (ERR_GET_REASON(ERR_peek_error()) == SSL_R_CERTIFICATE_VERIFY_FAILED &&
            vr != X509_V_OK) {
        snprintf(mptls_msg, sizeof(mptls_msg), "certificate verify failed (%s)",
                 X509_verify_cert_error_string(vr));
        mptls_code = SSL_R_CERTIFICATE_VERIFY_FAILED;
        ERR_clear_error();
        return -1;
    }
    set_from_queue("SSL error");
    if (ERR_GET_LIB(ERR_peek_last_error()) == ERR_LIB_SYS)
        ERR_clear_error();
    return -1;
}

RPY_EXTERN int mptls_handshake(void *vssl)
{
    SSL *ssl = (SSL *)vssl;
    int ret;
    ERR_clear_error();
    errno = 0;
    ret = SSL_do_handshake(ssl);
    if (ret == 1)
        return 1;
    ret = failure(ssl, ret, 0);
    return ret == 0 ? -1 : ret;
}

/* > 0 bytes read, 0 end of stream, -1 error, MPTLS_WANT_* */
RPY_EXTERN int mptls_read(void *vssl, char *buf, int n)
{
    SSL *ssl = (SSL *)vssl;
    int ret;
    ERR_clear_error();
    errno = 0;
    ret = SSL_read(ssl, buf, n);
    if (ret > 0)
        return ret;
    return failure(ssl, ret, 1);
}

/* > 0 bytes written, -1 error, MPTLS_WANT_* */
RPY_EXTERN int mptls_write(void *vssl, const char *buf, int n)
{
    SSL *ssl = (SSL *)vssl;
    int ret;
    ERR_clear_error();
    errno = 0;
    ret = SSL_write(ssl, buf, n);
    if (ret > 0)
        return ret;
    ret = failure(ssl, ret, 0);
    return ret == 0 ? -1 : ret;
}

RPY_EXTERN int mptls_pending(void *ssl)
{
    return SSL_pending((SSL *)ssl);
}

/* send close_notify (once, without waiting for the peer's) and free */
RPY_EXTERN void mptls_close(void *vssl)
{
    SSL *ssl = (SSL *)vssl;
    if (SSL_is_init_finished(ssl))
        SSL_shutdown(ssl);
    ERR_clear_error();
    SSL_free(ssl);
}

/* the peer certificate in DER into buf (if large enough); its length, 0 if none */
RPY_EXTERN int mptls_peercert_der(void *ssl, char *buf, int n)
{
    X509 *x = SSL_get1_peer_certificate((SSL *)ssl);
    int len;
    unsigned char *p = (unsigned char *)buf;
    if (x == NULL)
        return 0;
    len = i2d_X509(x, NULL);
    if (len > 0 && len <= n)
        i2d_X509(x, &p);
    X509_free(x);
    return len < 0 ? 0 : len;
}

/* which: 0 cipher name, 1 protocol version; NULL before the handshake */
RPY_EXTERN const char *mptls_cipher_info(void *ssl, int which)
{
    const SSL_CIPHER *c = SSL_get_current_cipher((SSL *)ssl);
    if (c == NULL)
        return NULL;
    return which == 0 ? SSL_CIPHER_get_name(c) : SSL_CIPHER_get_version(c);
}

RPY_EXTERN int mptls_cipher_bits(void *ssl)
{
    const SSL_CIPHER *c = SSL_get_current_cipher((SSL *)ssl);
    if (c == NULL)
        return 0;
    return SSL_CIPHER_get_bits(c, NULL);
}

/* wait for fd to be readable (want_write 0) or writable; 1 ready, 0 timed out,
   -1 error (errno) */
RPY_EXTERN int mptls_poll(int fd, int want_write, int timeout_ms)
{
    struct pollfd p;
    int r;
    p.fd = fd;
    p.events = want_write ? POLLOUT : POLLIN;
    p.revents = 0;
    r = poll(&p, 1, timeout_ms);
    if (r < 0) {
        set_msg(strerror(errno), -errno);
        return -1;
    }
    return r > 0 ? 1 : 0;
}
