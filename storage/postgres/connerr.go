package postgres

import (
	"crypto/x509"
	"errors"
	"net/url"
	"strings"

	"claimdesk/claims"

	"github.com/jackc/pgx/v5/pgconn"
)

// Messages for a failed connection, each with the server's redacted address
// as its one argument. They are message keys too: the window shows them in
// its language (assets/translations/errors.*.json).
const (
	msgLoginRefused   = "The database server %s refused the login: check the user name and password (or ~/.pgpass, PGPASSWORD)."
	msgNoDatabase     = "The database %s does not exist on the server: create it first (createdb)."
	msgNeedsTLS       = "The database server %s accepts only encrypted connections: choose sslmode require or verify-full."
	msgNoHbaEntry     = "The database server %s does not let this user in from this computer (pg_hba.conf): ask the server's administrator."
	msgNoTLS          = "The database server %s does not offer encrypted connections, but the sslmode asks for them."
	msgBadCert        = "The certificate of the database server %s could not be verified (sslmode verify-ca or verify-full): check the root certificate (sslrootcert)."
	msgWrongHost      = "The certificate of the database server %s is not made out for that host name (sslmode verify-full)."
	msgCertFile       = "A certificate file for the database server %s could not be read (sslrootcert, sslcert or sslkey)."
	msgRefused        = "Cannot connect to the database server %s: nothing answers at that address (is the server running?)."
	msgUnknownHost    = "Cannot connect to the database server %s: the server name is unknown."
	msgNoAnswer       = "Cannot connect to the database server %s: it did not answer in time."
	msgTLSFailed      = "Cannot connect to the database server %s: the encrypted connection (sslmode) failed."
	msgConnectFailed  = "Cannot connect to the database server %s: the connection failed."
	msgServerStarting = "The database server %s is starting up or shutting down: try again in a moment."
)

// openErr describes an error met while connecting to where. The server's
// refusals come first (they carry a code), then what the connection itself
// ran into; any of them that is not a refusal wraps ErrServerGone.
func openErr(where string, err error) error {
	var ce *claims.Error
	if errors.As(err, &ce) {
		return err
	}
	if msg := refusal(err); msg != "" {
		return connError(claims.EINVALID, err, msg, where)
	}
	return connError(claims.EINTERNAL, errors.Join(ErrServerGone, err), connReason(err), where)
}

// parseErr describes a DSN that pgx could not turn into a configuration:
// a certificate file it could not read, or an address it cannot read.
func parseErr(where, dsn string, err error) error {
	if strings.Contains(err.Error(), "configure TLS") {
		return connError(claims.EINVALID, errors.New(redactErr(err, dsn)), msgCertFile, where)
	}
	return claims.Errorf(claims.EINVALID, "The server address %s cannot be read: %s", where, redactErr(err, dsn))
}

// connError is an error with one of the messages above, naming the server
// and database short (host:port/database: the whole address, parameters
// and all, is shown beside it in the window and the log).
func connError(code string, err error, format, where string) error {
	if u, perr := url.Parse(where); perr == nil && u.Host != "" {
		where = u.Host + u.Path
	}
	e := claims.Errorf(code, format, where)
	e.Err = err
	return e
}

// refusal returns the message for a server that answered and said no, or
// "" when it did not answer that way.
func refusal(err error) string {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return ""
	}
	switch {
	case pe.Code == "28P01":
		return msgLoginRefused
	case pe.Code == "28000" && strings.Contains(pe.Message, "no encryption"):
		return msgNeedsTLS
	case pe.Code == "28000" && strings.Contains(pe.Message, "pg_hba.conf"):
		return msgNoHbaEntry
	case pe.Code == "28000":
		return msgLoginRefused
	case pe.Code == "3D000":
		return msgNoDatabase
	case pe.Code == "57P03":
		return msgServerStarting
	}
	return ""
}

// connReason returns the message for a connection that failed on the way.
func connReason(err error) string {
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var invalid x509.CertificateInvalidError
	msg := err.Error()
	switch {
	case errors.As(err, &hostErr):
		return msgWrongHost
	case errors.As(err, &unknownAuth) || errors.As(err, &invalid):
		return msgBadCert
	case strings.Contains(msg, "server refused TLS connection"):
		return msgNoTLS
	case strings.Contains(msg, "sslrootcert") || strings.Contains(msg, "sslcert") || strings.Contains(msg, "sslkey"):
		return msgCertFile
	case strings.Contains(msg, "connection refused") || strings.Contains(msg, "no such file or directory"):
		return msgRefused
	case strings.Contains(msg, "no such host"):
		return msgUnknownHost
	case pgconn.Timeout(err) || strings.Contains(msg, "timeout"):
		return msgNoAnswer
	case strings.Contains(msg, "SSL") || strings.Contains(msg, "tls"):
		return msgTLSFailed
	}
	return msgConnectFailed
}
