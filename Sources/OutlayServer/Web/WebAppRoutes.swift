import Foundation
import Hummingbird

/// Serves the web app: the page at `/`, its service worker at `/sw.js`, and its versioned files under
/// `/app/VERSION/`, gzipped when the browser takes it, always with a strict Content-Security-Policy.
struct WebAppRoutes {
    let bundle: WebAppBundle

    /// Only the app's own files run and style the page (no inline script or style, nothing from elsewhere),
    /// it talks only to this server, and no other site may frame it.
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    func register(on router: Router<OutlayRequestContext>) {
        router.get("/") { request, _ in self.serve(bundle.page, etag: "page", revalidate: true, request) }
        router.get(RouterPath("/" + WebAppBundle.serviceWorkerName)) { request, _ in
            self.serve(bundle.serviceWorker, etag: "worker", revalidate: true, request)
        }
        router.get("/app/{version}/{file}") { request, context in
            // An older version's address is not answered with today's file: a cache would keep it under the old name.
            guard context.parameters.get("version") == bundle.version, let name = context.parameters.get("file"),
                  let file = bundle.files[name] else {
                throw APIError(.notFound, "no such file of the web app (version \(bundle.version))")
            }
            return self.serve(file, etag: name, revalidate: false, request)
        }
    }

    private func serve(_ file: WebAppBundle.File, etag name: String, revalidate: Bool, _ request: Request) -> Response {
        let gzipped = Self.acceptsGzip(request) ? file.gzipped : nil
        let etag = "\"\(bundle.version)-\(name)\(gzipped == nil ? "" : "-gz")\""
        var headers: HTTPFields = [
            .contentType: file.contentType,
            .cacheControl: revalidate ? "no-cache" : "public, max-age=31536000, immutable",
            .eTag: etag,
            .vary: "Accept-Encoding",
            .contentSecurityPolicy: Self.contentSecurityPolicy,
            .xContentTypeOptions: "nosniff",
            .referrerPolicy: "no-referrer",
            .crossOriginOpenerPolicy: "same-origin",
        ]
        if request.headers[.ifNoneMatch]?.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag }) == true {
            return Response(status: .notModified, headers: headers)
        }
        if gzipped != nil { headers[.contentEncoding] = "gzip" }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: gzipped ?? file.bytes)))
    }

    /// `Accept-Encoding` names gzip without refusing it (`gzip;q=0`).
    static func acceptsGzip(_ request: Request) -> Bool {
        request.headers[values: .acceptEncoding].flatMap { $0.split(separator: ",") }.contains { item in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            return parts.first == "gzip" && !parts.dropFirst().contains { $0.replacingOccurrences(of: " ", with: "") == "q=0" }
        }
    }
}

private extension HTTPFields.Element.Name {
    // Names HTTPTypes does not define (valid tokens, so the initialiser cannot fail).
    static let referrerPolicy = Self("Referrer-Policy")!
    static let crossOriginOpenerPolicy = Self("Cross-Origin-Opener-Policy")!
}
